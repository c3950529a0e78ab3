// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>
#include <regex>

namespace trendboard {

namespace bg = boost::gregorian;

std::string granularityName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return "day";
    case Granularity::Month:
        return "month";
    case Granularity::Quarter:
        return "quarter";
    case Granularity::Half:
        return "half";
    case Granularity::Year:
        return "year";
    case Granularity::Decade:
        return "decade";
    case Granularity::Range:
        return "range";
    }
    return "range";
}

std::string Period::startIso() const
{
    return bg::to_iso_extended_string(start);
}
std::string Period::endIso() const
{
    return bg::to_iso_extended_string(end);
}

std::optional<FiscalCalendar> FiscalCalendar::fromMonthDay(const std::string& mmdd)
{
    static const std::regex form(R"((\d{2})-(\d{2}))");
    std::smatch m;
    if (mmdd.size() != 5 || !std::regex_match(mmdd, m, form))
        return std::nullopt;
    const int month = std::stoi(m[1]);
    const int day = std::stoi(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    return FiscalCalendar{month, day};
}

namespace {

struct Failure
{
    std::string message;
};

// Two-digit years in the report run from the 1900s ('12/31/95') to the 2020s ('4/25').
int expandYear(const std::string& digits)
{
    const int n = std::stoi(digits);
    if (digits.size() == 4)
        return n;
    return n >= 50 ? 1900 + n : 2000 + n;
}

bg::date makeDate(int year, int month, int day)
{
    try {
        return bg::date(year, month, day);
    } catch (const std::exception&) {
        throw Failure{"no such date " + std::to_string(month) + "/" + std::to_string(day) + "/" +
                      std::to_string(year)};
    }
}

bg::date monthStart(int year, int month)
{
    if (month < 1 || month > 12)
        throw Failure{"month " + std::to_string(month) + " is not 1-12"};
    return makeDate(year, month, 1);
}

bg::date monthEnd(int year, int month)
{
    return monthStart(year, month).end_of_month();
}

Period calendarYear(int year)
{
    return {makeDate(year, 1, 1), makeDate(year, 12, 31), Granularity::Year};
}

// Fiscal year `year` ends in the calendar's year-end month of that calendar year.
Period fiscalMonths(int fiscalYear, const FiscalCalendar& fiscal, int firstMonthIndex,
                    int monthCount, Granularity granularity)
{
    // Month 0 of the fiscal year is the month after the previous year's end.
    const bg::date yearEnd = monthStart(fiscalYear, fiscal.yearEndMonth);
    const bg::date fyStart = yearEnd - bg::months(11);
    const bg::date start = fyStart + bg::months(firstMonthIndex);
    const bg::date lastMonth = start + bg::months(monthCount - 1);
    return {start, lastMonth.end_of_month(), granularity};
}

Period parseOrThrow(const std::string& raw, const std::optional<FiscalCalendar>& fiscal)
{
    std::string label = raw;
    bool estimate = false;
    if (label.size() > 1 && label.back() == 'E' && std::isdigit(label[label.size() - 2])) {
        estimate = true;
        label.pop_back();
    }
    // Compiled once (thread-safe static initialisation), not at every call.
    static const std::regex kYear(R"((\d{4}))");
    static const std::regex kCalendarYear(R"(C(\d{4}))");
    static const std::regex kFiscalYear(R"(F(\d{4}|\d{2}))");
    static const std::regex kDecade(R"((\d{3})0s)");
    static const std::regex kQuarter(R"(C?Q([1-4]):(\d{2}|\d{4}))");
    static const std::regex kQuarterShort(R"(([1-4])Q(\d{2}))");
    static const std::regex kFiscalQuarter(R"(FQ([1-4]):(\d{2}|\d{4}))");
    static const std::regex kHalf(R"(H([12]):(\d{2}|\d{4}))");
    static const std::regex kMonth(R"((\d{1,2})/(\d{2}|\d{4}))");
    static const std::regex kDay(R"((\d{1,2})/(\d{1,2})/(\d{2}|\d{4}))");
    static const std::regex kIsoDay(R"((\d{4})-(\d{2})-(\d{2}))");
    static const std::regex kMonthRange(R"((\d{1,2})/(\d{2}) ?- ?(\d{1,2})/(\d{2}))");
    static const std::regex kYearRange(R"((\d{4}) ?- ?(\d{4}|\d{2}))");
    std::smatch m;
    auto is = [&](const std::regex& form) { return std::regex_match(label, m, form); };
    auto needFiscal = [&]() -> const FiscalCalendar& {
        if (!fiscal)
            throw Failure{"fiscal period needs the company's fiscal year end"};
        return *fiscal;
    };

    Period p;
    if (is(kYear) || is(kCalendarYear)) {
        p = calendarYear(std::stoi(m[1]));
    } else if (is(kFiscalYear)) {
        p = fiscalMonths(expandYear(m[1]), needFiscal(), 0, 12, Granularity::Year);
    } else if (is(kDecade)) {
        const int decade = std::stoi(m[1]) * 10;
        p = {makeDate(decade, 1, 1), makeDate(decade + 9, 12, 31), Granularity::Decade};
    } else if (is(kQuarter) || is(kQuarterShort)) {
        const int q = std::stoi(m[1]);
        const int year = expandYear(m[2]);
        p = {monthStart(year, 3 * q - 2), monthEnd(year, 3 * q), Granularity::Quarter};
    } else if (is(kFiscalQuarter)) {
        p = fiscalMonths(expandYear(m[2]), needFiscal(), 3 * (std::stoi(m[1]) - 1), 3,
                         Granularity::Quarter);
    } else if (is(kHalf)) {
        const int h = std::stoi(m[1]);
        const int year = expandYear(m[2]);
        p = {monthStart(year, 6 * h - 5), monthEnd(year, 6 * h), Granularity::Half};
    } else if (is(kMonth)) {
        const int year = expandYear(m[2]);
        const int month = std::stoi(m[1]);
        p = {monthStart(year, month), monthEnd(year, month), Granularity::Month};
    } else if (is(kDay)) {
        const bg::date d = makeDate(expandYear(m[3]), std::stoi(m[1]), std::stoi(m[2]));
        p = {d, d, Granularity::Day};
    } else if (is(kIsoDay)) {
        const bg::date d = makeDate(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
        p = {d, d, Granularity::Day};
    } else if (is(kMonthRange)) {
        // Month ranges such as '1/19-1/25' (January 2019 to January 2025).
        p = {monthStart(expandYear(m[2]), std::stoi(m[1])),
             monthEnd(expandYear(m[4]), std::stoi(m[3])), Granularity::Range};
    } else if (is(kYearRange)) {
        const int first = std::stoi(m[1]);
        int last = std::stoi(m[2]);
        if (m[2].length() == 2)
            last += first / 100 * 100;
        p = {makeDate(first, 1, 1), makeDate(last, 12, 31), Granularity::Range};
    } else {
        throw Failure{"not a period form the report uses"};
    }
    if (p.end < p.start)
        throw Failure{"period ends before it starts"};
    p.estimate = estimate;
    return p;
}

} // namespace

namespace {

// A label as an error message quotes it: at most a short prefix.
std::string quoted(const std::string& label)
{
    constexpr std::size_t kShown = 40;
    return "'" + (label.size() <= kShown ? label : label.substr(0, kShown) + "...") + "'";
}

// En and em dashes as '-', runs of white space as one space, ends trimmed: the forms the
// patterns match. Works on UTF-8 bytes.
std::string normalised(const std::string& raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw.compare(i, 3, "\xE2\x80\x93") == 0 || raw.compare(i, 3, "\xE2\x80\x94") == 0) {
            out += '-';
            i += 2;
        } else if (std::isspace(static_cast<unsigned char>(raw[i]))) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += raw[i];
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace

PeriodParse parsePeriod(const std::string& label, const std::optional<FiscalCalendar>& fiscal)
{
    // The longest form the report uses ('1/19-1/25', '12/31/95') is short; a longer label is
    // a mistake, and refusing it keeps every pattern match on a small, bounded input.
    constexpr std::size_t kMaxLabel = 32;
    if (label.size() > 4 * kMaxLabel)
        return {std::nullopt, "period label " + quoted(label) + " is too long"};
    const std::string form = normalised(label);
    if (form.empty())
        return {std::nullopt, "empty period label"};
    if (form.size() > kMaxLabel)
        return {std::nullopt, "period label " + quoted(label) + " is too long"};
    try {
        return {parseOrThrow(form, fiscal), {}};
    } catch (const Failure& failure) {
        return {std::nullopt, "unparseable period " + quoted(label) + ": " + failure.message};
    } catch (const std::exception& e) {
        // Boost.Date_Time rejects impossible dates (2/30/24) with its own exceptions.
        return {std::nullopt, "unparseable period " + quoted(label) + ": " + e.what()};
    }
}

std::optional<Granularity> labelGranularity(const std::string& label)
{
    const PeriodParse whole = parsePeriod(label);
    if (!whole.period)
        return std::nullopt;
    if (whole.period->granularity != Granularity::Range)
        return whole.period->granularity;
    // A range is printed as its two ends ('10/22-4/25'); their granularity is the range's.
    const std::string text = normalised(label);
    const std::size_t dash = text.find('-');
    if (dash == std::string::npos || text.find('-', dash + 1) != std::string::npos)
        return std::nullopt;
    const PeriodParse first = parsePeriod(text.substr(0, dash));
    const PeriodParse last = parsePeriod(text.substr(dash + 1));
    if (!first.period || !last.period || first.period->granularity != last.period->granularity)
        return std::nullopt;
    return first.period->granularity;
}

std::vector<Period> coveringPeriods(const bg::date& from, const bg::date& to,
                                    Granularity granularity, std::size_t limit)
{
    std::vector<Period> out;
    if (from.is_special() || to.is_special() || to < from)
        return out;
    int months = 0;
    bg::date start;
    switch (granularity) {
    case Granularity::Month:
        months = 1;
        start = bg::date(from.year(), from.month(), 1);
        break;
    case Granularity::Quarter:
        months = 3;
        start = bg::date(from.year(), (from.month() - 1) / 3 * 3 + 1, 1);
        break;
    case Granularity::Year:
        months = 12;
        start = bg::date(from.year(), 1, 1);
        break;
    default:
        return out;
    }
    // Boost steps by whole months, so a period is always [first day, last day of its months].
    for (bg::month_iterator it(start, months); *it <= to && out.size() < limit; ++it) {
        const bg::date first = *it;
        const bg::date last = (first + bg::months(months)) - bg::days(1);
        out.push_back({first, last, granularity, false});
    }
    return out;
}

std::string printedLabel(const Period& period)
{
    const int year = period.start.year();
    const std::string yy = std::string(year % 100 < 10 ? "0" : "") + std::to_string(year % 100);
    switch (period.granularity) {
    case Granularity::Month:
        return std::to_string(int(period.start.month())) + "/" + yy;
    case Granularity::Quarter:
        return "Q" + std::to_string((period.start.month() - 1) / 3 + 1) + ":" + yy;
    case Granularity::Year:
        return std::to_string(year);
    default:
        return {};
    }
}

} // namespace trendboard
