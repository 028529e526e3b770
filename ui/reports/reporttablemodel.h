// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QAbstractTableModel>

#include "results/reportresult.h"

namespace kx {

enum class NameKind; // api/namelookup.h

/// The kind of name behind a report grouping key (campaign_id → Campaign…), if any.
std::optional<NameKind> reportGroupingNameKind(const QString& key);

/// Display name of a grouping value (e.g. campaign_id → campaign name); "" when unknown.
using GroupingNameProvider = std::function<QString(const QString& key, const QString& value)>;

/**
 * A report result as a table. Values reports: one row per grouping, a column per grouping key
 * (names, not ids; the id is the tooltip) then one per statistic. Series reports: one row per
 * grouping and date, with a leading Date column. Rates are shown as percentages; RawValueRole
 * gives the number (NaN for missing values) for sorting and export.
 */
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole,
        IdRole
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const ReportResult> result);
    std::shared_ptr<const ReportResult> result() const
    {
        return m_result;
    }
    void setNameProvider(GroupingNameProvider provider);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The label of result row @p row: its grouping values as names, joined with " · ".
    QString rowLabel(qsizetype row) const;
    /// The shown text of grouping @p key = @p value (its name when known, else the value).
    QString groupingText(const QString& key, const QString& value) const;
    /// A statistic value as shown ("12.5 %" for rates, "1,234" for counts); "" for NaN.
    static QString formatValue(const QString& statistic, double value);
    /// The date of bucket @p index as shown (in the result's timezone).
    QString dateText(qsizetype index) const;

private:
    int groupingColumns() const;
    int dateColumns() const;

    std::shared_ptr<const ReportResult> m_result;
    GroupingNameProvider m_names;
};

} // namespace kx
