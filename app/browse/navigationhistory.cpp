// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/navigationhistory.h"

namespace trendboard {

void NavigationHistory::visit(const Location& location)
{
    if (m_index >= 0 && m_entries.at(m_index) == location)
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(location);
    if (m_entries.size() > kLimit)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
}

std::optional<Location> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_entries.at(--m_index);
}

std::optional<Location> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_entries.at(++m_index);
}

std::optional<Location> NavigationHistory::current() const
{
    if (m_index < 0)
        return std::nullopt;
    return m_entries.at(m_index);
}

} // namespace trendboard
