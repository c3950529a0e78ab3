// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit that builds tests' shared precompiled header (testpch.h); it has no code.
