// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsnapshot.h"

#include "util/calendar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace kx::resultsnapshot {

namespace {

const QString kFormat = QStringLiteral("klaviyo-explorer-result");

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::ResultSnapshot)
};

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

/// UTC instant with milliseconds: range bounds can be a millisecond off a second (exclusive start).
QString isoMs(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

bool readStringArray(const QJsonValue& value, QStringList* out)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

bool readInstant(const QJsonValue& value, qint64* out)
{
    return value.isString() && calendar::parseIsoInstant(value.toString(), out);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject toJson(const ResultSnapshot& snapshot)
{
    const AggregateResult& r = snapshot.result;
    QJsonObject json;
    json.insert(QStringLiteral("format"), kFormat);
    json.insert(QStringLiteral("version"), kVersion);

    QJsonObject provenance;
    const ResultProvenance& p = snapshot.provenance;
    if (p.ranAt.isValid())
        provenance.insert(QStringLiteral("ranAt"), isoMs(p.ranAt.toMSecsSinceEpoch()));
    provenance.insert(QStringLiteral("profile"), p.profileName);
    provenance.insert(QStringLiteral("revision"), p.revision);
    provenance.insert(QStringLiteral("appVersion"), p.appVersion);
    json.insert(QStringLiteral("provenance"), provenance);

    json.insert(QStringLiteral("metric"),
        QJsonObject { { QStringLiteral("id"), r.metricId }, { QStringLiteral("name"), r.metricName } });
    json.insert(QStringLiteral("timezone"), r.timezone);
    json.insert(QStringLiteral("interval"), intervalName(r.interval));
    json.insert(QStringLiteral("by"), stringArray(r.by));
    QJsonArray measurements;
    for (Measurement m : r.measurements)
        measurements.append(measurementName(m));
    json.insert(QStringLiteral("measurements"), measurements);
    json.insert(QStringLiteral("range"),
        QJsonObject { { QStringLiteral("start"), isoMs(r.rangeStartUtcMs) },
            { QStringLiteral("end"), isoMs(r.rangeEndUtcMs) } });
    json.insert(QStringLiteral("requestCount"), r.requestCount);
    json.insert(QStringLiteral("warnings"), stringArray(r.warnings));

    QJsonArray dates;
    for (qint64 d : r.dates)
        dates.append(calendar::formatUtcIso(d));
    json.insert(QStringLiteral("dates"), dates);

    QJsonArray groups;
    for (const AggregateResult::Group& g : r.groups) {
        QJsonArray values;
        for (const std::vector<double>& series : g.values) {
            QJsonArray row;
            for (double v : series)
                row.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
            values.append(row);
        }
        groups.append(QJsonObject { { QStringLiteral("dimensions"), stringArray(g.dimensions) },
            { QStringLiteral("values"), values } });
    }
    json.insert(QStringLiteral("groups"), groups);
    return json;
}

std::optional<ResultSnapshot> fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat) {
        fail(error, Text::tr("The saved result is not a result snapshot of this app."));
        return std::nullopt;
    }
    const QJsonValue versionValue = json.value(QStringLiteral("version"));
    if (!versionValue.isDouble() || versionValue.toInt() < 1) {
        fail(error, Text::tr("The saved result has no valid version number."));
        return std::nullopt;
    }
    if (versionValue.toInt() > kVersion) {
        fail(error,
            Text::tr("The saved result was written by a newer version of the app (format %1); update the app to see it.")
                .arg(versionValue.toInt()));
        return std::nullopt;
    }

    ResultSnapshot snapshot;
    AggregateResult& r = snapshot.result;

    const QJsonObject provenance = json.value(QStringLiteral("provenance")).toObject();
    qint64 ranAt = 0;
    if (readInstant(provenance.value(QStringLiteral("ranAt")), &ranAt))
        snapshot.provenance.ranAt = QDateTime::fromMSecsSinceEpoch(ranAt, QTimeZone::utc());
    snapshot.provenance.profileName = provenance.value(QStringLiteral("profile")).toString();
    snapshot.provenance.revision = provenance.value(QStringLiteral("revision")).toString();
    snapshot.provenance.appVersion = provenance.value(QStringLiteral("appVersion")).toString();

    const QJsonObject metric = json.value(QStringLiteral("metric")).toObject();
    r.metricId = metric.value(QStringLiteral("id")).toString();
    r.metricName = metric.value(QStringLiteral("name")).toString();
    r.timezone = json.value(QStringLiteral("timezone")).toString();
    if (r.timezone.isEmpty() || !QTimeZone(r.timezone.toUtf8()).isValid()) {
        fail(error, Text::tr("The saved result names an unknown timezone '%1'.").arg(r.timezone));
        return std::nullopt;
    }
    if (!parseInterval(json.value(QStringLiteral("interval")).toString(), &r.interval)) {
        fail(error, Text::tr("The saved result has an unknown interval '%1'.").arg(json.value(QStringLiteral("interval")).toString()));
        return std::nullopt;
    }
    if (!readStringArray(json.value(QStringLiteral("by")), &r.by)) {
        fail(error, Text::tr("The saved result's group-by list is not a list of names."));
        return std::nullopt;
    }
    const QJsonValue measurementsValue = json.value(QStringLiteral("measurements"));
    if (!measurementsValue.isArray() || measurementsValue.toArray().isEmpty()) {
        fail(error, Text::tr("The saved result has no measurements."));
        return std::nullopt;
    }
    for (const QJsonValue& m : measurementsValue.toArray()) {
        const auto measurement = measurementFromName(m.toString());
        if (!measurement) {
            fail(error, Text::tr("The saved result has an unknown measurement '%1'.").arg(m.toString()));
            return std::nullopt;
        }
        r.measurements.append(*measurement);
    }
    const QJsonObject range = json.value(QStringLiteral("range")).toObject();
    if (!readInstant(range.value(QStringLiteral("start")), &r.rangeStartUtcMs)
        || !readInstant(range.value(QStringLiteral("end")), &r.rangeEndUtcMs)) {
        fail(error, Text::tr("The saved result's date range is missing or unreadable."));
        return std::nullopt;
    }
    r.requestCount = json.value(QStringLiteral("requestCount")).toInt();
    readStringArray(json.value(QStringLiteral("warnings")), &r.warnings);

    const QJsonValue datesValue = json.value(QStringLiteral("dates"));
    if (!datesValue.isArray()) {
        fail(error, Text::tr("The saved result has no list of dates."));
        return std::nullopt;
    }
    const QJsonArray dates = datesValue.toArray();
    r.dates.reserve(size_t(dates.size()));
    for (qsizetype i = 0; i < dates.size(); ++i) {
        qint64 d = 0;
        if (!readInstant(dates.at(i), &d) || (!r.dates.empty() && d <= r.dates.back())) {
            fail(error, Text::tr("Date %1 of the saved result is unreadable or out of order.").arg(i + 1));
            return std::nullopt;
        }
        r.dates.push_back(d);
    }

    const QJsonValue groupsValue = json.value(QStringLiteral("groups"));
    if (!groupsValue.isArray()) {
        fail(error, Text::tr("The saved result has no list of groups."));
        return std::nullopt;
    }
    const QJsonArray groups = groupsValue.toArray();
    r.groups.reserve(size_t(groups.size()));
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const QJsonObject g = groups.at(gi).toObject();
        AggregateResult::Group group;
        if (!readStringArray(g.value(QStringLiteral("dimensions")), &group.dimensions)
            || group.dimensions.size() != r.by.size()) {
            fail(error, Text::tr("Group %1 of the saved result does not have one value per group-by.").arg(gi + 1));
            return std::nullopt;
        }
        const QJsonArray values = g.value(QStringLiteral("values")).toArray();
        if (values.size() != r.measurements.size()) {
            fail(error, Text::tr("Group %1 of the saved result does not have one series per measurement.").arg(gi + 1));
            return std::nullopt;
        }
        group.values.resize(size_t(values.size()));
        for (qsizetype mi = 0; mi < values.size(); ++mi) {
            const QJsonArray row = values.at(mi).toArray();
            if (size_t(row.size()) != r.dates.size()) {
                fail(error, Text::tr("Group %1 of the saved result does not have one value per date.").arg(gi + 1));
                return std::nullopt;
            }
            std::vector<double>& series = group.values[size_t(mi)];
            series.reserve(size_t(row.size()));
            for (const QJsonValue& v : row) {
                if (v.isNull()) {
                    series.push_back(std::numeric_limits<double>::quiet_NaN());
                } else if (v.isDouble()) {
                    series.push_back(v.toDouble());
                } else {
                    fail(error, Text::tr("Group %1 of the saved result has a value that is not a number.").arg(gi + 1));
                    return std::nullopt;
                }
            }
        }
        r.groups.push_back(std::move(group));
    }
    return snapshot;
}

} // namespace kx::resultsnapshot
