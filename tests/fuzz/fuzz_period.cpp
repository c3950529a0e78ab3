// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the period parser takes any bytes without crashing, overflowing the stack
// or running long; what it accepts has a start no later than its end.
#include "period.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string label(reinterpret_cast<const char*>(data), size);
    for (const char* fye : {"", "01-31", "06-30"}) {
        std::optional<trendboard::FiscalCalendar> fiscal;
        if (*fye)
            fiscal = trendboard::FiscalCalendar::fromMonthDay(fye);
        const trendboard::PeriodParse parsed = trendboard::parsePeriod(label, fiscal);
        if (parsed.period && parsed.period->end < parsed.period->start)
            std::abort();
        if (!parsed.period && parsed.error.size() > 400)
            std::abort(); // messages quote a short prefix only
    }
    trendboard::FiscalCalendar::fromMonthDay(label);
    return 0;
}
