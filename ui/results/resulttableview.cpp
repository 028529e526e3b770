// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttableview.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "resulttablemodel.h"
#include "resulttotalsmodel.h"

namespace kx {

namespace {

/**
 * The column header of a result table. QHeaderView sizes itself from the text of its first and
 * last hundred sections, each laid out by the text engine, after every new result: for a wide
 * result that took 10–20 ms on the UI thread, twice. Result headers are all one line in the same
 * font, so the first few give the height.
 */
class ResultHeaderView : public QHeaderView
{
public:
    explicit ResultHeaderView(QWidget* parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionsClickable(true); // as QTableView's own header
        setHighlightSections(true);
    }

    QSize sizeHint() const override
    {
        constexpr int kSample = 12;
        ensurePolished();
        int height = 0;
        for (int i = 0, measured = 0; i < count() && measured < kSample; ++i) {
            if (isSectionHidden(i))
                continue;
            ++measured;
            height = std::max(height, sectionSizeFromContents(i).height());
        }
        if (height == 0) // no sections: as tall as an empty header
            return QHeaderView::sizeHint();
        return { length(), height };
    }
};

} // namespace

ResultTableView::ResultTableView(ResultTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_totals(new ResultTotalsModel(model, this))
    , m_table(new QTableView(this))
    , m_totalsView(new QTableView(this))
{
    m_proxy->setSortRole(ResultTableModel::RawValueRole);
    // Sorting a long-layout table of millions of rows is on demand only: no dynamic re-sorting.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setSourceModel(model);

    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setHorizontalHeader(new ResultHeaderView(m_table));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setWordWrap(false);

    m_totalsView->setObjectName(QStringLiteral("totalsTable"));
    m_totalsView->setModel(m_totals);
    m_totalsView->horizontalHeader()->hide();
    m_totalsView->verticalHeader()->hide();
    m_totalsView->horizontalHeader()->setDefaultSectionSize(120);
    m_totalsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totalsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totalsView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_totalsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsView->setFocusPolicy(Qt::NoFocus);
    m_totalsView->setWordWrap(false);
    m_totalsView->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalsView);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_totalsView,
        [this](int logical, int, int size) { m_totalsView->setColumnWidth(logical, size); });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_totalsView->horizontalScrollBar(),
        &QScrollBar::setValue);
    connect(
        m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ResultTableView::showHeaderMenu);
    // The totals take the table's column widths once both have the new columns: the totals
    // model resets before the table's proxy, whose header has the old sections until it does
    // (the totals' columns came out 0 px wide, and the total was invisible).
    connect(m_totals, &QAbstractItemModel::modelReset, this, &ResultTableView::syncTotals);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultTableView::syncTotals);
    // A new result or layout starts unsorted; an old sort column may not even exist any more.
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); });

    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultTableView::copySelection);
    m_table->addAction(copy);

    syncTotals();
}

void ResultTableView::syncTotals()
{
    const bool visible = m_totals->rowCount() > 0;
    m_totalsView->setVisible(visible);
    if (!visible)
        return;
    const int height = m_totalsView->verticalHeader()->defaultSectionSize() + 2 * m_totalsView->frameWidth();
    m_totalsView->setFixedHeight(height);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_totals->columnCount(); ++column) {
        m_totalsView->setColumnWidth(column, header->sectionSize(column));
        m_totalsView->setColumnHidden(column, header->isSectionHidden(column));
    }
    m_totalsView->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value());
}

void ResultTableView::setColumnHidden(int column, bool hidden)
{
    if (column < 0 || column >= m_proxy->columnCount() || isColumnHidden(column) == hidden)
        return;
    m_table->setColumnHidden(column, hidden);
    m_totalsView->setColumnHidden(column, hidden);
    Q_EMIT columnVisibilityChanged(column, hidden);
}

bool ResultTableView::isColumnHidden(int column) const
{
    return m_table->isColumnHidden(column);
}

void ResultTableView::showAllColumns()
{
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        setColumnHidden(column, false);
}

void ResultTableView::showHeaderMenu(const QPoint& pos)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int columns = m_proxy->columnCount();
    for (int column = 0; column < columns; ++column) {
        QAction* action = menu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Show all columns")), &QAction::triggered, this, &ResultTableView::showAllColumns);
    // popup(), not exec(): no nested event loop.
    menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}

QMimeData* ResultTableView::selectionMimeData() const
{
    QModelIndexList indexes =
        m_table->selectionModel() ? m_table->selectionModel()->selectedIndexes() : QModelIndexList();
    indexes.removeIf([this](const QModelIndex& index) { return isColumnHidden(index.column()); });
    return ResultTableModel::mimeDataForSelection(indexes);
}

void ResultTableView::copySelection()
{
    QApplication::clipboard()->setMimeData(selectionMimeData());
}

} // namespace kx
