// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace trendboard {

enum class Granularity
{
    Day,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Range
};

std::string granularityName(Granularity granularity);

// A period the report prints as a label ('Q1:25', 'FQ4:25', '5/15/25', '2014-2024'):
// the first and last day it covers, both inclusive.
struct Period
{
    boost::gregorian::date start;
    boost::gregorian::date end;
    Granularity granularity = Granularity::Year;
    bool estimate = false; // printed with a trailing 'E' (2025E)

    std::string startIso() const;
    std::string endIso() const;
};

// Fiscal year end of the company whose periods are parsed; FY2025 ends in its month of 2025
// (NVIDIA: January, so FQ4:25 is November 2024 to January 2025).
struct FiscalCalendar
{
    int yearEndMonth = 12;
    int yearEndDay = 31;
    static std::optional<FiscalCalendar> fromMonthDay(const std::string& mmdd);
};

struct PeriodParse
{
    std::optional<Period> period;
    std::string error; // set when period is empty: what is wrong with the label
};

// Parses every label form the report prints. Never guesses: a label that is not one of the
// known forms, or names an impossible date, yields an error.
PeriodParse parsePeriod(const std::string& label,
                        const std::optional<FiscalCalendar>& fiscal = std::nullopt);

// The granularity a label's periods have: its own for a single period ('4/25': Month); for a
// range, that of its two ends when they agree ('10/22-4/25': Month, '2021-2025': Year).
// Empty for a label that does not parse.
std::optional<Granularity> labelGranularity(const std::string& label);

// The calendar months, quarters or years (`granularity`) that cover `from` to `to`, in order:
// the first holds `from`, the last `to`. At most `limit` of them (the first ones); empty for
// any other granularity or when `to` is before `from`.
std::vector<Period> coveringPeriods(const boost::gregorian::date& from,
                                    const boost::gregorian::date& to, Granularity granularity,
                                    std::size_t limit);

// How the report prints a calendar month, quarter or year: '4/25', 'Q1:25', '2025'; empty for
// another granularity.
std::string printedLabel(const Period& period);

} // namespace trendboard
