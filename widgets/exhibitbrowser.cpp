// SPDX-License-Identifier: GPL-3.0-or-later
#include "exhibitbrowser.h"

#include "models/exhibitlistmodel.h"

#include <QHash>
#include <QListView>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

#include <memory>

namespace trendboard {

// Measures and paints each title wrapped at the list's own width, with the search words
// highlighted. The standard delegate measures at one width and paints at another, eliding
// titles that just fit; one QTextLayout here does both, so they always agree.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListView* list) : QStyledItemDelegate(list), m_list(list) {}

    void setWords(const QStringList& words)
    {
        if (words == m_words)
            return;
        m_words = words;
        m_painted.clear(); // the highlights are in the layouts
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // The item is as wide as the viewport less the list's spacing on both sides.
        const int itemWidth = m_list->viewport()->width() - 2 * m_list->spacing();
        forgetUnless(itemWidth, option.font);
        const QString text = index.data().toString();
        const int tag = tagWidth(option, index);
        // Measured once per title at a width: a relayout (each keystroke's filter) measures
        // again only what it has not seen.
        QHash<QString, int>& heights = m_heights[itemWidth];
        const QString key = text + QChar(0x1f) + QString::number(tag);
        auto height = heights.constFind(key);
        if (height == heights.cend()) {
            QTextLayout layout(text, option.font);
            height = heights.insert(
                key, int(std::ceil(layOut(layout, std::max(40, itemWidth - 2 * kPadding - tag)))));
        }
        return {itemWidth, *height + 2 * kPadding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        m_list->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, m_list);
        const int tag = tagWidth(option, index);
        const QRect inside = option.rect.adjusted(kPadding, kPadding, -kPadding - tag, -kPadding);
        const Painted& painted = paintedLayout(index.data().toString(), option, inside.width());
        painter->save();
        painter->setPen(option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painted.layout->draw(
            painter, QPointF(inside.left(), inside.top() + (inside.height() - painted.height) / 2));
        if (tag > 0)
            paintTag(painter, option,
                     QRect(inside.right() + kTagGap, option.rect.top(), tag - kTagGap,
                           option.rect.height()));
        painter->restore();
    }

    // The small grey tag of an exhibit whose page states no values.
    static QString tagText() { return ExhibitBrowser::tr("no values"); }
    static QFont tagFont(const QStyleOptionViewItem& option)
    {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.8);
        return font;
    }
    static int tagWidth(const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        if (index.data(ExhibitListModel::StatedValuesRole).toInt() != 0)
            return 0;
        return QFontMetrics(tagFont(option)).horizontalAdvance(tagText()) + 10 + kTagGap;
    }
    static void paintTag(QPainter* painter, const QStyleOptionViewItem& option, const QRect& area)
    {
        const QFontMetrics metrics(tagFont(option));
        const QRect box(area.left(), area.center().y() - metrics.height() / 2 - 1, area.width(),
                        metrics.height() + 2);
        const QColor grey = option.palette.color(QPalette::PlaceholderText);
        painter->setFont(tagFont(option));
        painter->setPen(QPen(grey, 1));
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(box, Qt::AlignCenter, tagText());
    }

private:
    struct Painted
    {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
    };

    // The cached measures and layouts hold for one font only. They are kept for a few widths:
    // a filter that hides the list's scroll bar (or shows it again) widens the items by its
    // width, and typing goes back and forth between the two.
    void forgetUnless(int width, const QFont& font) const
    {
        if (font != m_font) {
            m_font = font;
            m_heights.clear();
            m_painted.clear();
        }
        if (!m_heights.contains(width) && m_heights.size() >= kWidthsKept)
            m_heights.clear();
        // Bounded: a long list scrolled through paints thousands of titles.
        if (m_painted.size() > kPaintedKept)
            m_painted.clear();
    }

    // A title's layout as painted (with its highlights, which differ on the selected row),
    // shaped once per title, width, font and search words.
    const Painted& paintedLayout(const QString& text, const QStyleOptionViewItem& option,
                                 int width) const
    {
        forgetUnless(m_list->viewport()->width() - 2 * m_list->spacing(), option.font);
        const bool selected = option.state & QStyle::State_Selected;
        const QString key =
            text + QChar(0x1f) + QString::number(width) + QChar(0x1f) + QChar(selected ? '1' : '0');
        auto found = m_painted.constFind(key);
        if (found == m_painted.cend()) {
            auto layout = std::make_shared<QTextLayout>(text, option.font);
            layout->setFormats(highlights(text, option));
            const qreal height = layOut(*layout, width);
            found = m_painted.insert(key, {layout, height});
        }
        return *found;
    }

    static qreal layOut(QTextLayout& layout, int width)
    {
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        return height;
    }

    // Each search word where a word of the title starts with it, as the full-text search
    // matches prefixes: bold on a soft yellow (on the selected row, underlined).
    QVector<QTextLayout::FormatRange> highlights(const QString& text,
                                                 const QStyleOptionViewItem& option) const
    {
        QVector<QTextLayout::FormatRange> ranges;
        for (const QString& word : m_words) {
            for (int at = int(text.indexOf(word, 0, Qt::CaseInsensitive)); at >= 0;
                 at = int(text.indexOf(word, at + 1, Qt::CaseInsensitive))) {
                if (at > 0 && text.at(at - 1).isLetterOrNumber())
                    continue;
                QTextLayout::FormatRange range;
                range.start = at;
                range.length = int(word.size());
                range.format.setFontWeight(QFont::Bold);
                if (option.state & QStyle::State_Selected)
                    range.format.setFontUnderline(true);
                else
                    range.format.setBackground(QColor(0xff, 0xe8, 0x80));
                ranges.append(range);
            }
        }
        return ranges;
    }

    static constexpr int kPadding = 3;
    static constexpr int kTagGap = 6;
    static constexpr int kWidthsKept = 3;
    static constexpr int kPaintedKept = 2000;
    QListView* m_list;
    QStringList m_words;
    mutable QFont m_font;
    mutable QHash<int, QHash<QString, int>> m_heights; // by the item's width
    mutable QHash<QString, Painted> m_painted;
};

ExhibitBrowser::ExhibitBrowser(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(this);
    m_list->setWordWrap(true);
    // Titles wrap rather than elide; items are measured again when the list's width changes.
    m_list->setResizeMode(QListView::Adjust);
    m_delegate = new WrappingDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // titles wrap instead
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);
    // The viewport narrows when the scroll bar appears, without the list being resized: the
    // titles measured at the old width would paint over their neighbours. Measure again.
    m_list->viewport()->installEventFilter(this);
    layout->addWidget(m_list, 1);
    m_list->setAccessibleName(tr("Exhibits"));
}

void ExhibitBrowser::setExhibitModel(ExhibitListModel* model)
{
    m_model = model;
    m_list->setModel(model);
    // A new model, a new selection model: the list's current row is the exhibit selected.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit exhibitSelected(current.data(ExhibitListModel::ExhibitIdRole).toString());
            });
}

void ExhibitBrowser::selectExhibit(const QString& id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

QString ExhibitBrowser::currentExhibit() const
{
    return m_list->currentIndex().data(ExhibitListModel::ExhibitIdRole).toString();
}

void ExhibitBrowser::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentIndex().isValid() && m_model && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

int ExhibitBrowser::shownCount() const
{
    // Every exhibit the list shows, given to the view or not yet.
    return m_model ? m_model->totalCount() : 0;
}

void ExhibitBrowser::setFilter(const QStringList& exhibitIds, bool active,
                               const QString& description, const QStringList& words)
{
    if (!m_model)
        return;
    const QString before = currentExhibit();
    m_delegate->setWords(active ? words : QStringList());
    // The model shows the matches (a list of ids, read a batch at a time) or the section: a
    // filter never reads the section whole. The same list again is left as it is.
    const bool same = active ? m_model->isFiltered() && m_model->shownIds() == exhibitIds
                             : !m_model->isFiltered();
    if (!same) {
        if (active)
            m_model->showOnly(exhibitIds);
        else
            m_model->showAll();
    }
    m_list->viewport()->update();
    if (m_model->totalCount() == 0) {
        emit nothingMatches(description);
        return;
    }
    if (same && m_list->currentIndex().isValid())
        return;
    // The exhibit on show stays where the list still has it (among a filter's rows given to
    // the view: one far down a long ranking would have the view lay out every row above it);
    // else the first match replaces it (or the 'nothing matches' view).
    int row = -1;
    if (!before.isEmpty())
        row = active ? m_model->shownRowOf(before) : m_model->rowOf(before);
    m_list->setCurrentIndex(m_model->index(std::max(row, 0)));
}

bool ExhibitBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(m_list, &QListView::doItemsLayout, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trendboard
