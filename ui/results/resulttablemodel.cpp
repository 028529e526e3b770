// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttablemodel.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QFont>
#include <QMimeData>

#include "util/calendar.h"

namespace kx {

namespace {

constexpr Qt::Alignment kNumberAlignment = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kTextAlignment = Qt::AlignLeft | Qt::AlignVCenter;

int clampToInt(qint64 value)
{
    // Views address rows with int; a result beyond that (2^31 cells in the long layout) is
    // shown truncated rather than overflowing.
    return int(std::min<qint64>(value, INT_MAX));
}

QString tsvCell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

ResultTableModel::ResultTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ResultTableModel::~ResultTableModel() = default;

void ResultTableModel::setResult(const AggregateResult& result)
{
    setPreparedResult(PreparedResult::create(result));
}

void ResultTableModel::setPreparedResult(std::shared_ptr<const PreparedResult> prepared)
{
    beginResetModel();
    m_data = std::move(prepared);
    rebuildNames();
    if (m_data) {
        const qint64 dates = m_data->dateCount();
        const qint64 groups = m_data->groupCount();
        const qint64 measurements = m_data->measurementCount();
        if (m_layout == Layout::Wide) {
            m_rows = clampToInt(dates);
            m_columns = clampToInt(1 + groups * measurements);
        } else {
            m_rows = clampToInt(dates * groups * measurements);
            m_columns = clampToInt(3 + m_data->result.by.size());
        }
    } else {
        m_rows = 0;
        m_columns = 0;
    }
    endResetModel();
}

void ResultTableModel::clear()
{
    setPreparedResult(nullptr);
}

void ResultTableModel::setLayoutMode(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    setPreparedResult(m_data); // recomputes the shape inside a reset
    Q_EMIT layoutModeChanged(layout);
}

void ResultTableModel::setNameProvider(NameProvider provider)
{
    m_names = std::move(provider);
    refreshNames();
}

void ResultTableModel::refreshNames()
{
    rebuildNames();
    if (m_columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (m_layout == Layout::Long && m_rows > 0 && m_columns > 2)
        Q_EMIT dataChanged(index(0, 1), index(m_rows - 1, m_columns - 3), { Qt::DisplayRole, Qt::ToolTipRole });
}

void ResultTableModel::rebuildNames()
{
    m_groupLabels.clear();
    m_groupToolTips.clear();
    m_dimensionLabels.clear();
    if (!m_data)
        return;
    const AggregateResult& r = m_data->result;
    m_groupLabels.reserve(r.groups.size());
    m_groupToolTips.reserve(r.groups.size());
    m_dimensionLabels.reserve(r.groups.size() * size_t(r.by.size()));
    for (const auto& group : r.groups) {
        m_groupLabels.push_back(groupLabel(r.by, group.dimensions, m_names));
        m_groupToolTips.push_back(groupToolTip(r.by, group.dimensions, m_names));
        for (qsizetype d = 0; d < r.by.size(); ++d)
            m_dimensionLabels.push_back(dimensionValueLabel(r.by.at(d), group.dimensions.value(d), m_names));
    }
}

int ResultTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResultTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

ResultTableModel::ColumnKind ResultTableModel::columnKind(int column) const
{
    if (column <= 0 || !m_data)
        return ColumnKind::Date;
    if (m_layout == Layout::Wide)
        return ColumnKind::Value;
    const auto dimensions = int(m_data->result.by.size());
    if (column <= dimensions)
        return ColumnKind::Dimension;
    return column == dimensions + 1 ? ColumnKind::Measurement : ColumnKind::Value;
}

ResultTableModel::Cell ResultTableModel::longCell(int row) const
{
    const qsizetype measurements = m_data->measurementCount();
    const qsizetype perDate = m_data->groupCount() * measurements;
    Cell cell;
    cell.date = row / perDate;
    const qsizetype rest = row % perDate;
    cell.group = rest / measurements;
    cell.measurement = rest % measurements;
    return cell;
}

QVariant ResultTableModel::dateData(qsizetype date, int role) const
{
    const qint64 ms = m_data->result.dates[size_t(date)];
    switch (role) {
    case Qt::DisplayRole:
        return m_data->dateLabels[size_t(date)];
    case RawValueRole:
        return QVariant::fromValue<qint64>(ms);
    case Qt::ToolTipRole:
        return calendar::formatUtcIso(ms);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(kTextAlignment);
    case ColumnKindRole:
        return int(ColumnKind::Date);
    default:
        return {};
    }
}

QVariant ResultTableModel::valueData(qsizetype date, qsizetype group, qsizetype measurement, int role) const
{
    const double value = m_data->values(group, measurement)[size_t(date)];
    switch (role) {
    case Qt::DisplayRole:
        return formatMeasurementValue(value, m_data->result.measurements.at(measurement), m_data->locale);
    case RawValueRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(kNumberAlignment);
    case ColumnKindRole:
        return int(ColumnKind::Value);
    default:
        return {};
    }
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_layout == Layout::Wide) {
        if (index.column() == 0)
            return dateData(index.row(), role);
        const qsizetype series = index.column() - 1;
        const qsizetype measurements = m_data->measurementCount();
        return valueData(index.row(), series / measurements, series % measurements, role);
    }

    const Cell cell = longCell(index.row());
    switch (columnKind(index.column())) {
    case ColumnKind::Date:
        return dateData(cell.date, role);
    case ColumnKind::Value:
        return valueData(cell.date, cell.group, cell.measurement, role);
    case ColumnKind::Dimension: {
        const qsizetype d = index.column() - 1;
        const QString& raw = m_data->result.groups[size_t(cell.group)].dimensions.at(d);
        const QString& label = m_dimensionLabels[size_t(cell.group * m_data->result.by.size() + d)];
        switch (role) {
        case Qt::DisplayRole:
            return label;
        case RawValueRole:
            return raw;
        case Qt::ToolTipRole:
            return !raw.isEmpty() && raw != label ? QVariant(raw) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(kTextAlignment);
        case ColumnKindRole:
            return int(ColumnKind::Dimension);
        default:
            return {};
        }
    }
    case ColumnKind::Measurement: {
        const Measurement m = m_data->result.measurements.at(cell.measurement);
        switch (role) {
        case Qt::DisplayRole:
            return measurementShortLabel(m);
        case RawValueRole:
        case MeasurementRole:
            return measurementName(m);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(kTextAlignment);
        case ColumnKindRole:
            return int(ColumnKind::Measurement);
        default:
            return {};
        }
    }
    }
    return {};
}

QString ResultTableModel::dateColumnTitle() const
{
    switch (m_data ? m_data->result.interval : Interval::Day) {
    case Interval::Hour:
        return tr("Hour");
    case Interval::Day:
        return tr("Day");
    case Interval::Week:
        return tr("Week starting");
    case Interval::Month:
        return tr("Month");
    }
    return tr("Date");
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return {};
    }
    if (!m_data || section < 0 || section >= m_columns)
        return {};
    const ColumnKind kind = columnKind(section);
    if (role == ColumnKindRole)
        return int(kind);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(kind == ColumnKind::Value ? kNumberAlignment : kTextAlignment);

    if (kind == ColumnKind::Date) {
        if (role == Qt::DisplayRole)
            return dateColumnTitle();
        if (role == Qt::ToolTipRole)
            return tr("Bucket start in %1")
                .arg(m_data->zone.id().isEmpty() ? m_data->result.timezone : QString::fromUtf8(m_data->zone.id()));
        return {};
    }

    if (m_layout == Layout::Long) {
        switch (kind) {
        case ColumnKind::Dimension:
            return role == Qt::DisplayRole ? QVariant(m_data->result.by.at(section - 1)) : QVariant();
        case ColumnKind::Measurement:
            return role == Qt::DisplayRole ? QVariant(tr("Measurement")) : QVariant();
        case ColumnKind::Value:
            return role == Qt::DisplayRole ? QVariant(tr("Value")) : QVariant();
        case ColumnKind::Date:
            break;
        }
        return {};
    }

    const qsizetype series = section - 1;
    const qsizetype measurements = m_data->measurementCount();
    const qsizetype group = series / measurements;
    const Measurement m = m_data->result.measurements.at(series % measurements);
    const QString& label = m_groupLabels[size_t(group)];
    switch (role) {
    case Qt::DisplayRole:
        if (m_data->result.by.isEmpty())
            return measurementShortLabel(m);
        return tr("%1 · %2", "series header: dimension values, measurement").arg(label, measurementShortLabel(m));
    case Qt::ToolTipRole: {
        const QString& dims = m_groupToolTips[size_t(group)];
        return dims.isEmpty() ? measurementShortLabel(m)
                              : tr("%1\n%2", "dimension lines, measurement").arg(dims, measurementShortLabel(m));
    }
    case SeriesKeyRole:
        return seriesKey(m_data->result.groups[size_t(group)].dimensions, m);
    case MeasurementRole:
        return measurementName(m);
    default:
        return {};
    }
}

bool ResultTableModel::hasTotals() const
{
    return m_data && m_layout == Layout::Wide && m_columns > 0;
}

std::optional<double> ResultTableModel::total(int column) const
{
    if (!hasTotals() || column <= 0 || column >= m_columns)
        return std::nullopt;
    const qsizetype series = column - 1;
    const qsizetype measurements = m_data->measurementCount();
    const qsizetype m = series % measurements;
    if (!isAdditive(m_data->result.measurements.at(m)))
        return std::nullopt;
    return m_data->seriesTotal(series / measurements, m);
}

QVariant ResultTableModel::totalData(int column, int role) const
{
    if (!hasTotals() || column < 0 || column >= m_columns)
        return {};
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Total");
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(kTextAlignment);
        default:
            return {};
        }
    }
    const qsizetype measurements = m_data->measurementCount();
    const Measurement m = m_data->result.measurements.at((column - 1) % measurements);
    const std::optional<double> sum = total(column);
    switch (role) {
    case Qt::DisplayRole:
        return sum ? formatMeasurementValue(*sum, m, m_data->locale) : tr("not additive");
    case RawValueRole:
        return sum ? QVariant(*sum) : QVariant();
    case Qt::ToolTipRole:
        if (sum)
            return {};
        return tr("Unique profiles cannot be summed over buckets: the same profile can be counted in several "
                  "buckets, so the sum would overstate the number of distinct profiles.");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(kNumberAlignment);
    default:
        return {};
    }
}

QMimeData* ResultTableModel::mimeDataForSelection(const QModelIndexList& indexes)
{
    auto* mime = new QMimeData;
    const QAbstractItemModel* model = nullptr;
    std::vector<int> rows;
    std::vector<int> columns;
    rows.reserve(size_t(indexes.size()));
    columns.reserve(size_t(indexes.size()));
    for (const QModelIndex& index : indexes) {
        if (!index.isValid())
            continue;
        if (!model)
            model = index.model();
        if (index.model() != model)
            continue; // a selection spans one model; ignore strays rather than mixing tables
        rows.push_back(index.row());
        columns.push_back(index.column());
    }
    if (!model) {
        mime->setText(QString());
        return mime;
    }
    std::vector<std::pair<int, int>> cells;
    cells.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        cells.emplace_back(rows[i], columns[i]);
    std::sort(cells.begin(), cells.end());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    const auto selected = [&cells](int row, int column) {
        return std::binary_search(cells.begin(), cells.end(), std::pair<int, int>(row, column));
    };

    QString text;
    QString html = QStringLiteral("<table>\n<thead><tr>");
    QStringList line;
    for (const int column : columns) {
        const QString title = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        line.append(tsvCell(title));
        html += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    }
    text += line.join(u'\t') + u'\n';
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const int row : rows) {
        line.clear();
        html += QStringLiteral("<tr>");
        for (const int column : columns) {
            QString cellText;
            bool number = false;
            if (selected(row, column)) {
                const QModelIndex index = model->index(row, column);
                cellText = index.data(Qt::DisplayRole).toString();
                number = index.data(ColumnKindRole).toInt() == int(ColumnKind::Value);
            }
            line.append(tsvCell(cellText));
            html += (number ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>"))
                + cellText.toHtmlEscaped() + QStringLiteral("</td>");
        }
        text += line.join(u'\t') + u'\n';
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    mime->setText(text);
    mime->setHtml(html);
    return mime;
}

} // namespace kx
