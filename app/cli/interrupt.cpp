// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/interrupt.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace trendboard {

namespace {
volatile std::sig_atomic_t g_signal = 0;
int g_pipe[2] = {-1, -1};

extern "C" void recordSignal(int signal)
{
    g_signal = signal;
}

// Only async-signal-safe calls here: write() one byte naming the signal.
extern "C" void forwardSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}

void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
} // namespace

void catchInterrupts()
{
    g_signal = 0;
    install(recordSignal);
}

int interruptSignal()
{
    return g_signal;
}

int interruptExitCode(int signal)
{
    return 128 + signal;
}

void deliverInterruptsToEventLoop(std::function<void(int signal)> onSignal)
{
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return; // the default action (the process ends) stays
    auto* notifier =
        new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier,
                     [onSignal = std::move(onSignal)] {
                         char byte = 0;
                         if (::read(g_pipe[0], &byte, 1) == 1)
                             onSignal(static_cast<unsigned char>(byte));
                     });
    install(forwardSignal);
}

} // namespace trendboard
