// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace trendboard {

// Ctrl-C (SIGINT) and SIGTERM, turned into something a long command or the window can act on
// at a safe point, instead of the process dying mid-file.

// Batch commands: after this, the signals only set a flag that interruptSignal() reads, so that
// a batch stops between two files (each written through QSaveFile) and indexes what it wrote.
void catchInterrupts();
// The signal caught since catchInterrupts() (SIGINT or SIGTERM), or 0.
int interruptSignal();
// The exit code a shell gives a process the signal ended: 128 + its number (130, 143).
int interruptExitCode(int signal);

// The window: the signals call `onSignal` from the event loop (through a self-pipe), where it
// can save the window's state and close the databases as a normal quit does.
void deliverInterruptsToEventLoop(std::function<void(int signal)> onSignal);

} // namespace trendboard
