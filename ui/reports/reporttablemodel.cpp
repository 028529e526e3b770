// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include <cmath>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include "api/apiclient.h"
#include "api/namelookup.h"
#include "editor/reportlabels.h"

using namespace Qt::StringLiterals;

namespace kx {

std::optional<NameKind> reportGroupingNameKind(const QString& key)
{
    if (key == u"campaign_id")
        return NameKind::Campaign;
    if (key == u"campaign_message_id")
        return NameKind::CampaignMessage;
    if (key == u"flow_id")
        return NameKind::Flow;
    if (key == u"flow_message_id")
        return NameKind::FlowMessage;
    if (key == u"form_id")
        return NameKind::Form;
    if (key == u"segment_id")
        return NameKind::Segment;
    return std::nullopt;
}

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setResult(std::shared_ptr<const ReportResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void ReportTableModel::setNameProvider(GroupingNameProvider provider)
{
    m_names = std::move(provider);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ReportTableModel::dateColumns() const
{
    return m_result && m_result->series ? 1 : 0;
}

int ReportTableModel::groupingColumns() const
{
    return m_result ? int(m_result->groupingKeys.size()) : 0;
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    const qsizetype rows = qsizetype(m_result->rows.size());
    return int(m_result->series ? rows * qsizetype(m_result->dateTimes.size()) : rows);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return dateColumns() + groupingColumns() + int(m_result->statistics.size());
}

QString ReportTableModel::groupingText(const QString& key, const QString& value) const
{
    if (m_names && !value.isEmpty()) {
        const QString name = m_names(key, value);
        if (!name.isEmpty())
            return name;
    }
    return value;
}

QString ReportTableModel::rowLabel(qsizetype row) const
{
    if (!m_result || row < 0 || row >= qsizetype(m_result->rows.size()))
        return {};
    QStringList parts;
    for (const auto& [key, value] : m_result->rows[size_t(row)].groupings)
        parts << groupingText(key, value);
    return parts.join(u" · "_s);
}

QString ReportTableModel::formatValue(const QString& statistic, double value)
{
    if (std::isnan(value))
        return {};
    const QLocale locale;
    if (reportlabels::isRate(statistic))
        return QCoreApplication::translate("kx::ReportTableModel", "%1 %").arg(locale.toString(value * 100.0, 'f', 2));
    // Amounts keep their cents so a column reads evenly (22625.00 next to 23484.55).
    static const QStringList amounts { u"average_order_value"_s, u"conversion_value"_s, u"revenue_per_recipient"_s,
        u"text_message_spend"_s, u"text_message_roi"_s };
    if (amounts.contains(statistic))
        return locale.toString(value, 'f', 2);
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 2);
}

QString ReportTableModel::dateText(qsizetype index) const
{
    if (!m_result || index < 0 || index >= qsizetype(m_result->dateTimes.size()))
        return {};
    const QTimeZone zone(m_result->timezone.toUtf8());
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(m_result->dateTimes[size_t(index)], zone.isValid() ? zone : QTimeZone::utc());
    if (at.time() == QTime(0, 0))
        return at.date().toString(Qt::ISODate);
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const qsizetype dates = qsizetype(m_result->dateTimes.size());
    const qsizetype rowIndex = m_result->series ? index.row() / std::max<qsizetype>(1, dates) : index.row();
    const qsizetype dateIndex = m_result->series ? index.row() % std::max<qsizetype>(1, dates) : 0;
    const ReportResult::Row& row = m_result->rows[size_t(rowIndex)];
    int column = index.column();
    if (column < dateColumns()) {
        if (role == Qt::DisplayRole)
            return dateText(dateIndex);
        if (role == RawValueRole)
            return m_result->dateTimes[size_t(dateIndex)];
        return {};
    }
    column -= dateColumns();
    if (column < groupingColumns()) {
        const QString& key = m_result->groupingKeys.at(column);
        const QString value = row.grouping(key);
        switch (role) {
        case Qt::DisplayRole:
            return groupingText(key, value);
        case Qt::ToolTipRole:
        case IdRole:
        case RawValueRole:
            return value;
        default:
            return {};
        }
    }
    column -= groupingColumns();
    const QString& statistic = m_result->statistics.at(column);
    const double value = row.value(statistic, dateIndex);
    switch (role) {
    case Qt::DisplayRole:
        return formatValue(statistic, value);
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return std::isnan(value) ? QCoreApplication::translate("kx::ReportTableModel", "No value") : QVariant();
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_result || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    int column = section;
    if (column < dateColumns()) {
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("kx::ReportTableModel", "Date");
        if (role == IdRole)
            return u"date"_s;
        return {};
    }
    column -= dateColumns();
    if (column < groupingColumns()) {
        const QString& key = m_result->groupingKeys.at(column);
        if (role == Qt::DisplayRole)
            return reportlabels::groupingLabel(key);
        if (role == Qt::ToolTipRole || role == IdRole)
            return key;
        return {};
    }
    column -= groupingColumns();
    const QString& statistic = m_result->statistics.at(column);
    if (role == Qt::DisplayRole)
        return reportlabels::statisticLabel(statistic);
    if (role == IdRole)
        return statistic;
    if (role == Qt::ToolTipRole) {
        const QString formula = reportlabels::statisticFormula(statistic);
        return formula.isEmpty() ? statistic : u"%1: %2"_s.arg(statistic, formula);
    }
    return {};
}

} // namespace kx
