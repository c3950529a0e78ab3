// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trendboard {

// Keeps up to a few megabytes of freed memory at the top of the heap instead of handing it
// back to the kernel on each free. SQLite's temporary b-trees (an exhibit's "also stated on"
// queries) and Qt's painting free and re-grow the heap a dozen times per exhibit switch; with
// glibc's default (128 KB, adjusted as big blocks come and go) each round trip is a brk that
// shrinks the heap, a TLB shoot-down across the cores and page faults to grow it again: 976
// brk calls and 14,000 page faults for 400 switches, half of a switch's time on a loaded
// machine (issue 25). Peak memory is unchanged: what is kept is reused by the next switch.
// Call once, first thing in main(); a no-op where the C library is not glibc.
void retainFreedHeap();

} // namespace trendboard
