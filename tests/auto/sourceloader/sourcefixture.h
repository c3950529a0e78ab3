// SPDX-License-Identifier: GPL-3.0-or-later
// The small data sources the compiler's tests load: one report, its units, measures and
// entities, and a section of one exhibit (kValid) that kDerived extends with a derived point.
#pragma once

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace sourcefixture {

inline const char* const kReport = R"(reports:
  - id: r
    title: Test report
    publisher: BOND
    published: 5/25
    cite: Test (5/25)
    pages: 20
    sections:
      - {number: 1, short: One, title: Section one, first: 5, last: 10}
)";
inline const char* const kUnits = R"(units:
  - {symbol: $B, base: USD, factor: 1e9, quantity: level}
  - {symbol: MM, base: count, factor: 1e6, quantity: level}
  - {symbol: '%', base: percent, factor: 1, quantity: share}
  - {symbol: '% Y/Y', base: percent growth, factor: 1, quantity: growth}
)";
inline const char* const kMeasures = R"(measures:
  - {id: capex, name: CapEx, quantity: level, base: USD}
  - {id: capex_growth, name: CapEx growth, quantity: growth}
  - {id: users, name: Users, quantity: level, base: count}
)";
inline const char* const kEntities = R"(entities:
  - {name: NVIDIA, kind: company, fiscal_year_end: 01-31}
  - {name: Alphabet, kind: company, aliases: [Google]}
)";

// A valid exhibit; rows of the error table replace one line of it.
inline const char* const kValid = R"(report: r
section: 1
exhibits:
  - id: p006-capex
    page: 6
    title: CapEx
    kind: bar
    unit: $B
    period: 2014-2024
    source: Capital IQ
    series:
      - name: CapEx
        entity: Google
        measure: capex
        points:
          - x: '2024'
            value: 212
            quote: CapEx $212B in 2024
)";

// kValid with a growth series and a derived point: +63% Y/Y to $212B fixes 2023's $130B.
inline const char* const kDerived = R"(
      - name: Growth
        measure: capex_growth
        unit: '% Y/Y'
        points:
          - x: '2024'
            value: 63
            quote: +63% Y/Y
      - name: CapEx before
        measure: capex
        points:
          - x: '2023'
            value: 130
            status: derived
            derivation: $212B / 1.63, a year before 2024
            formula: a / (1 + b / 100)
            inputs:
              a: {series: CapEx, x: '2024'}
              b: {series: Growth, x: '2024'}
)";

inline void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

struct Fixture
{
    QTemporaryDir dir;
    explicit Fixture(const QByteArray& section, const QByteArray& entities = kEntities)
    {
        write(dir.filePath("report.yaml"), kReport);
        write(dir.filePath("units.yaml"), kUnits);
        write(dir.filePath("measures.yaml"), kMeasures);
        write(dir.filePath("entities.yaml"), entities);
        write(dir.filePath("section-1.yaml"), section);
    }
};

} // namespace sourcefixture
