// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browse/headlines.h"

#include <QFrame>
#include <QScrollArea>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace trendboard {

// One headline figure as a tile: the value large, what it measures, its period and page.
// Click, Enter or Space opens its exhibit.
class HeadlineTileWidget : public QFrame
{
    Q_OBJECT
public:
    HeadlineTileWidget(const HeadlineTile& tile, QWidget* parent = nullptr);
    const HeadlineTile& tile() const { return m_tile; }

signals:
    void activated(const QString& exhibitId);

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void setLit(bool lit);
    HeadlineTile m_tile;
    QLabel* m_callout = nullptr; // the growth printed beside the value, if any
};

// The Overview's headline figures, section by section (see chooseHeadlines for the rule).
class HeadlineBoard : public QScrollArea
{
    Q_OBJECT
public:
    explicit HeadlineBoard(const QVector<HeadlineSection>& sections, QWidget* parent = nullptr);
    QVector<HeadlineTileWidget*> tiles() const { return m_tiles; }

signals:
    void exhibitRequested(const QString& exhibitId);
    void sectionRequested(int section);

private:
    QVector<HeadlineTileWidget*> m_tiles;
};

} // namespace trendboard
