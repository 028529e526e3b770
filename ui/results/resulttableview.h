// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QMimeData;
class QSortFilterProxyModel;
class QTableView;

namespace kx {

class ResultTableModel;
class ResultTotalsModel;

/**
 * The result table: a sortable QTableView over ResultTableModel (through a proxy sorting on
 * RawValueRole) with the totals row pinned underneath in a second, synchronised view. Offers
 * column hide/show from the header's context menu and copies the selection (Ctrl+C) as
 * tab-separated text and HTML.
 * @note Does not own the model.
 */
class ResultTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultTableView(ResultTableModel* model, QWidget* parent = nullptr);

    ResultTableModel* model() const
    {
        return m_model;
    }
    QSortFilterProxyModel* proxyModel() const
    {
        return m_proxy;
    }
    QTableView* tableView() const
    {
        return m_table;
    }
    QTableView* totalsView() const
    {
        return m_totalsView;
    }

    void setColumnHidden(int column, bool hidden);
    bool isColumnHidden(int column) const;
    void showAllColumns();

    /// The selected cells of visible columns as text and HTML (see mimeDataForSelection).
    /// @note The caller owns the result.
    QMimeData* selectionMimeData() const;
    /// Puts selectionMimeData() on the clipboard.
    void copySelection();

Q_SIGNALS:
    void columnVisibilityChanged(int column, bool hidden);

private:
    void syncTotals();
    void showHeaderMenu(const QPoint& pos);

    ResultTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ResultTotalsModel* m_totals;
    QTableView* m_table;
    QTableView* m_totalsView;
};

} // namespace kx
