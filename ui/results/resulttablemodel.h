// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QModelIndexList>

#include "preparedresult.h"
#include "resultlabels.h"

class QMimeData;

namespace kx {

/**
 * The result as a table, computed cell by cell from the shared PreparedResult (no per-cell
 * storage, so 8,760 dates × 300 series scroll like a small table).
 * Wide layout: one row per date, column 0 the date, then one column per series (group ×
 * measurement, group-major). Long layout: one row per date × group × measurement with the
 * columns date, one per dimension, measurement, value.
 * The totals of the wide layout are exposed through total()/totalData() and shown pinned by
 * ResultTotalsModel, so sorting the rows never moves them.
 * @note UI thread only. Holds no widget code.
 */
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Layout
    {
        Wide,
        Long
    };
    Q_ENUM(Layout)

    enum Role
    {
        RawValueRole = Qt::UserRole, ///< double for values, qint64 UTC ms for dates, raw dimension
                                     ///< value (id) and measurement key otherwise; for sorting
        ColumnKindRole, ///< (data and header) the ColumnKind of the column, as int
        SeriesKeyRole, ///< (wide header) stable series key, see kx::seriesKey()
        MeasurementRole, ///< (wide header, long data) measurement key ("count", …)
    };
    Q_ENUM(Role)

    enum class ColumnKind
    {
        Date,
        Dimension,
        Measurement,
        Value
    };
    Q_ENUM(ColumnKind)

    explicit ResultTableModel(QObject* parent = nullptr);
    ~ResultTableModel() override;

    /// Prepares @p result synchronously (fine for small results and tests) and shows it.
    void setResult(const AggregateResult& result);
    /// Shows an already prepared result (the results widget prepares it off the UI thread).
    void setPreparedResult(std::shared_ptr<const PreparedResult> prepared);
    std::shared_ptr<const PreparedResult> preparedResult() const
    {
        return m_data;
    }
    void clear();

    Layout layoutMode() const
    {
        return m_layout;
    }
    void setLayoutMode(Layout layout);

    /// Dimension values that are ids are shown as the provider's names (id in the tooltip).
    void setNameProvider(NameProvider provider);
    /// Re-asks the name provider, e.g. after names finished loading.
    void refreshNames();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ColumnKind columnKind(int column) const;

    /// Whether the current layout has a totals row (wide layout with a result).
    bool hasTotals() const;
    /// Column total in the wide layout: the sum for additive measurements; nullopt for the date
    /// column, for unique profiles (not additive) and in the long layout.
    std::optional<double> total(int column) const;
    /// Data of the totals row cell of @p column (Display/ToolTip/TextAlignment/Font/RawValue).
    QVariant totalData(int column, int role) const;

    /**
     * Tab-separated text and an HTML table of the cells in @p indexes (which may come from a
     * proxy model), with the horizontal header as the first row. Rows and columns follow the
     * order of the indexes' model; cells inside the bounding grid that are not selected are empty.
     * @note The caller owns the returned object (QClipboard::setMimeData takes it).
     */
    static QMimeData* mimeDataForSelection(const QModelIndexList& indexes);

Q_SIGNALS:
    void layoutModeChanged(kx::ResultTableModel::Layout layout);

private:
    struct Cell
    {
        qsizetype date = 0;
        qsizetype group = 0;
        qsizetype measurement = 0;
    };
    Cell longCell(int row) const;
    QVariant dateData(qsizetype date, int role) const;
    QVariant valueData(qsizetype date, qsizetype group, qsizetype measurement, int role) const;
    QString dateColumnTitle() const;
    void rebuildNames();

    std::shared_ptr<const PreparedResult> m_data;
    Layout m_layout = Layout::Wide;
    NameProvider m_names;
    std::vector<QString> m_groupLabels; ///< per group, names applied
    std::vector<QString> m_groupToolTips; ///< per group
    std::vector<QString> m_dimensionLabels; ///< per group × dimension, names applied
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace kx
