// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultlabels.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kx {

bool isAdditive(Measurement measurement)
{
    return measurement != Measurement::Unique;
}

QString formatMeasurementValue(double value, Measurement measurement, const QLocale& locale)
{
    if (std::isnan(value))
        return {};
    // Counts are whole numbers in the API but arrive as floats ("2.0"); sums are money-like.
    const int decimals = measurement == Measurement::SumValue ? 2 : 0;
    return locale.toString(value, 'f', decimals);
}

QString dimensionValueLabel(const QString& dimension, const QString& value, const NameProvider& names)
{
    if (value.isEmpty())
        return QCoreApplication::translate("kx::ResultLabels", "(none)", "empty dimension value");
    if (names) {
        const QString name = names(dimension, value);
        if (!name.isEmpty())
            return name;
    }
    return value;
}

QString groupLabel(const QStringList& by, const QStringList& dimensions, const NameProvider& names)
{
    QStringList parts;
    parts.reserve(dimensions.size());
    for (qsizetype i = 0; i < dimensions.size(); ++i)
        parts.append(dimensionValueLabel(by.value(i), dimensions.at(i), names));
    return parts.join(QStringLiteral(" / "));
}

QString seriesKey(const QStringList& dimensions, Measurement measurement)
{
    QJsonArray array = QJsonArray::fromStringList(dimensions);
    array.append(measurementName(measurement));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString otherSeriesKey(Measurement measurement)
{
    const QJsonArray array { QJsonValue(QJsonValue::Null), measurementName(measurement) };
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString groupToolTip(const QStringList& by, const QStringList& dimensions, const NameProvider& names)
{
    QStringList lines;
    lines.reserve(dimensions.size());
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const QString& raw = dimensions.at(i);
        const QString label = dimensionValueLabel(by.value(i), raw, names);
        if (raw.isEmpty() || label == raw) {
            lines.append(
                QCoreApplication::translate("kx::ResultLabels", "%1: %2", "dimension: value").arg(by.value(i), label));
        } else {
            lines.append(QCoreApplication::translate("kx::ResultLabels", "%1: %2 (%3)", "dimension: name (id)")
                             .arg(by.value(i), label, raw));
        }
    }
    return lines.join(u'\n');
}

} // namespace kx
