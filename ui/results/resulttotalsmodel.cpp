// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttotalsmodel.h"

#include "resulttablemodel.h"

namespace kx {

ResultTotalsModel::ResultTotalsModel(ResultTableModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    if (!source)
        return;
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ResultTotalsModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &ResultTotalsModel::endResetModel);
    connect(
        source, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal && rowCount() > 0)
                Q_EMIT headerDataChanged(orientation, first, last);
        });
    connect(source, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

ResultTableModel* ResultTotalsModel::sourceModel() const
{
    return m_source.data();
}

int ResultTotalsModel::rowCount(const QModelIndex& parent) const
{
    return !parent.isValid() && m_source && m_source->hasTotals() ? 1 : 0;
}

int ResultTotalsModel::columnCount(const QModelIndex& parent) const
{
    return !parent.isValid() && m_source ? m_source->columnCount() : 0;
}

QVariant ResultTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->totalData(index.column(), role);
}

QVariant ResultTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole && section == 0 && rowCount() > 0 ? QVariant(tr("Total")) : QVariant();
    return m_source->headerData(section, orientation, role);
}

} // namespace kx
