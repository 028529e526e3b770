// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace kx {

class ResultTableModel;

/**
 * The pinned totals row under the wide table: one row with the same columns as the source,
 * or no row when the source has no totals (long layout, no result). Follows the source's resets.
 * @note Does not own the source.
 */
class ResultTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ResultTotalsModel(ResultTableModel* source, QObject* parent = nullptr);

    ResultTableModel* sourceModel() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ResultTableModel> m_source;
};

} // namespace kx
