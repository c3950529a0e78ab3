// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace trendboard {

// Where the user was: a tab and the exhibit it showed (empty: the tab itself).
struct Location
{
    int tab = -1;
    QString exhibit;
    bool operator==(const Location& o) const { return tab == o.tab && exhibit == o.exhibit; }
    bool operator!=(const Location& o) const { return !(*this == o); }
};

// Back and forward as a browser has them: a visit after going back drops the forward entries.
class NavigationHistory
{
public:
    // Records a place; the same place twice in a row is one entry.
    void visit(const Location& location);
    std::optional<Location> back();
    std::optional<Location> forward();
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    std::optional<Location> current() const;

private:
    static constexpr int kLimit = 200;
    QVector<Location> m_entries;
    int m_index = -1;
};

} // namespace trendboard
