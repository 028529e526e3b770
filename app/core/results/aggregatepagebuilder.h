// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to app/core/results (not for other modules): what the simdjson parser and the
// QJsonDocument reference parser share, so that both build the same AggregatePage and word every
// semantic error identically.

#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>

#include "aggregateparser.h"

namespace kx::detail {

/// The user-facing error texts of the aggregate parsers (context "kx::AggregateParser").
namespace aggregatetext {
QString emptyBody();
QString htmlPage();
QString truncated();
QString notJson(const QString& detail);
QString notJsonObject();
QString errorDocument(const QString& detail);
QString missing(const QString& path);
QString notObject(const QString& path);
QString notArray(const QString& path);
QString notString(const QString& path);
QString notNumber(const QString& path);
QString unexpectedType(const QString& type);
QString badDate(qsizetype index, const QString& text);
QString tooManyMeasurements();
QString missingMeasurement(qsizetype group, const QString& measurement);
QString lengthMismatch(const QString& measurement, qsizetype group, qsizetype values, qsizetype dates);
} // namespace aggregatetext

/// Whether the first non-blank byte of @p body is '<' (an HTML error or challenge page).
bool looksLikeHtml(const QByteArray& body);
/// Whether @p body ends inside a string or with unclosed brackets (a cut-off transfer).
bool looksTruncated(const QByteArray& body);

/**
 * Collects rows while a parser walks the document in whatever key order it meets, then checks
 * the page as a whole (every row has every measurement, each aligned with the dates) and puts the
 * measurements in a canonical order (count, sum_value, unique, then others by name) so that the
 * result does not depend on the JSON key order or on the parser.
 */
class AggregatePageBuilder
{
public:
    AggregatePage page;

    /// Starts a row; returns its index.
    qsizetype beginRow();
    /// The value vector of measurement @p name in row @p row (created on first use).
    /// Returns nullptr (and sets the error) when there are too many distinct measurements.
    std::vector<double>* measurementValues(qsizetype row, std::string_view name, QString* error);
    /// Marks that row @p row carried a `measurements` object.
    void setHasMeasurements(qsizetype row)
    {
        m_rowHasMeasurements[size_t(row)] = true;
    }
    bool finish(QString* error);

private:
    static constexpr int kMaxMeasurements = 64;
    std::vector<std::string> m_names; // UTF-8, index = slot in Row::values
    std::vector<quint64> m_presentMask; // per row: which slots were seen
    std::vector<bool> m_rowHasMeasurements;
};

} // namespace kx::detail
