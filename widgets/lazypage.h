// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace trendboard {

// A tab page whose content is built the first time it is shown, or when code asks for it: a
// window of many tabs starts in the time of the one it shows (issue 25).
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    // Makes the content, a child of the page given.
    using Builder = std::function<QWidget*(QWidget* page)>;
    explicit LazyPage(Builder build, QWidget* parent = nullptr);

    bool isBuilt() const { return m_content != nullptr; }
    // The content, built now if it was not yet.
    QWidget* content();

signals:
    void built(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Builder m_build;
    QWidget* m_content = nullptr;
};

} // namespace trendboard
