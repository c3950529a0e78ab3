// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

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

} // namespace trendboard
