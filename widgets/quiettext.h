// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace trendboard {

// Text that changes at every keystroke without laying the window out again: the filter's
// matches in the status bar, "no exhibit matches …" in a tab's chart place. A QLabel asks for
// a new layout on each setText, its parent's, then the whole window's, whose size hints are
// measured again down to every wrapped label of the tab on show (a fifth to a half of a
// keystroke, issue 25). This one asks only when one line of it no longer fits: it keeps the
// width it grew to (the status bar does not jump as a count changes) and elides what the
// window has no room for, the whole text in its tooltip. Wrapped, it takes the room its
// layout gives it and never asks for more.
class QuietText : public QWidget
{
    Q_OBJECT
public:
    explicit QuietText(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    // Wrapped at word boundaries, centred, inside a margin: a note in a large place.
    void setWrapped(int margin);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int textWidth() const;

    QString m_text;
    bool m_wrapped = false;
    int m_margin = 2;
    int m_width = 0; // one line: the width asked for, in pixels of text
};

} // namespace trendboard
