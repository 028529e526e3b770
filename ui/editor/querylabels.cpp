// SPDX-License-Identifier: GPL-3.0-or-later
#include "querylabels.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kx::querylabels {

namespace {

struct DimensionText {
    const char* apiName;
    const char* label;
    const char* explanation;
};

// Only the reserved `$` dimensions need a friendly name; the others ("Campaign Name", "URL", …)
// are already written for people (digest §4.2).
constexpr DimensionText kDimensions[] = {
    { "$attributed_channel", QT_TRANSLATE_NOOP("kx::Dimension", "Attributed channel"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The channel (email, SMS, push) credited with the event.") },
    { "$attributed_flow", QT_TRANSLATE_NOOP("kx::Dimension", "Attributed flow"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The flow credited with the event (a flow id; names are looked up in the results).") },
    { "$attributed_message", QT_TRANSLATE_NOOP("kx::Dimension", "Attributed message"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The campaign or flow message credited with the event (an id; names are looked up in the results).") },
    { "$attributed_variation", QT_TRANSLATE_NOOP("kx::Dimension", "Attributed variation"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The A/B test variation credited with the event.") },
    { "$campaign_channel", QT_TRANSLATE_NOOP("kx::Dimension", "Campaign channel"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The channel of the campaign that sent the message.") },
    { "$flow", QT_TRANSLATE_NOOP("kx::Dimension", "Flow"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The flow that sent the message (a flow id; names are looked up in the results).") },
    { "$flow_channel", QT_TRANSLATE_NOOP("kx::Dimension", "Flow channel"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The channel of the flow message.") },
    { "$message", QT_TRANSLATE_NOOP("kx::Dimension", "Message"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The campaign or flow message of the event (an id; names are looked up in the results).") },
    { "$message_send_cohort", QT_TRANSLATE_NOOP("kx::Dimension", "Message send cohort"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The send cohort of the message.") },
    { "$usage_amount", QT_TRANSLATE_NOOP("kx::Dimension", "Usage amount"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The usage amount recorded with the event (a number).") },
    { "$value_currency", QT_TRANSLATE_NOOP("kx::Dimension", "Value currency"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The currency of the event value, such as USD.") },
    { "$variation", QT_TRANSLATE_NOOP("kx::Dimension", "Variation"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The A/B test variation of the message.") },
    { "$variation_send_cohort", QT_TRANSLATE_NOOP("kx::Dimension", "Variation send cohort"),
        QT_TRANSLATE_NOOP("kx::Dimension", "The send cohort of the A/B test variation.") },
};

const DimensionText* findDimension(const QString& apiName)
{
    for (const auto& entry : kDimensions) {
        if (apiName == QLatin1StringView(entry.apiName))
            return &entry;
    }
    return nullptr;
}

} // namespace

QString dimensionLabel(const QString& apiName)
{
    if (const DimensionText* entry = findDimension(apiName))
        return QCoreApplication::translate("kx::Dimension", entry->label);
    return apiName;
}

QString dimensionToolTip(const QString& apiName)
{
    if (const DimensionText* entry = findDimension(apiName)) {
        return QCoreApplication::translate("kx::Dimension", "%1\nAPI name: %2").arg(QCoreApplication::translate("kx::Dimension", entry->explanation), apiName);
    }
    return QCoreApplication::translate("kx::Dimension", "The event property “%1”.").arg(apiName);
}

QString intervalLabel(Interval interval)
{
    switch (interval) {
    case Interval::Hour:
        return QCoreApplication::translate("kx::Interval", "Hourly");
    case Interval::Day:
        return QCoreApplication::translate("kx::Interval", "Daily");
    case Interval::Week:
        return QCoreApplication::translate("kx::Interval", "Weekly");
    case Interval::Month:
        return QCoreApplication::translate("kx::Interval", "Monthly");
    }
    return {};
}

QString measurementToolTip(Measurement measurement)
{
    switch (measurement) {
    case Measurement::Count:
        return QCoreApplication::translate("kx::Measurement", "How many times the event happened (API: count).");
    case Measurement::SumValue:
        return QCoreApplication::translate("kx::Measurement",
            "The total of the events' values, such as revenue for Placed Order (API: sum_value).");
    case Measurement::Unique:
        return QCoreApplication::translate("kx::Measurement",
            "How many different profiles had the event (API: unique). Unique counts cannot be added up "
            "across rows or intervals: the same person may appear in several.");
    }
    return {};
}

QString operatorLabel(FilterOp op)
{
    switch (op) {
    case FilterOp::Equals:
        return QCoreApplication::translate("kx::FilterOp", "is");
    case FilterOp::LessThan:
        return QCoreApplication::translate("kx::FilterOp", "is less than");
    case FilterOp::LessOrEqual:
        return QCoreApplication::translate("kx::FilterOp", "is at most");
    case FilterOp::GreaterThan:
        return QCoreApplication::translate("kx::FilterOp", "is more than");
    case FilterOp::GreaterOrEqual:
        return QCoreApplication::translate("kx::FilterOp", "is at least");
    case FilterOp::Contains:
        return QCoreApplication::translate("kx::FilterOp", "contains");
    case FilterOp::ContainsAny:
        return QCoreApplication::translate("kx::FilterOp", "contains any of");
    case FilterOp::ContainsAll:
        return QCoreApplication::translate("kx::FilterOp", "contains all of");
    case FilterOp::EndsWith:
        return QCoreApplication::translate("kx::FilterOp", "ends with");
    case FilterOp::StartsWith:
        return QCoreApplication::translate("kx::FilterOp", "starts with");
    case FilterOp::Any:
        return QCoreApplication::translate("kx::FilterOp", "is any of");
    case FilterOp::Has:
        return QCoreApplication::translate("kx::FilterOp", "is set");
    }
    return {};
}

QString sortLabel(const QString& sortValue)
{
    const bool descending = sortValue.startsWith(u'-');
    const QString key = descending ? sortValue.mid(1) : sortValue;
    if (const auto measurement = measurementFromName(key)) {
        return descending ? QCoreApplication::translate("kx::Sort", "%1, highest first").arg(measurementLabel(*measurement))
                          : QCoreApplication::translate("kx::Sort", "%1, lowest first").arg(measurementLabel(*measurement));
    }
    return descending ? QCoreApplication::translate("kx::Sort", "%1, Z to A").arg(dimensionLabel(key))
                      : QCoreApplication::translate("kx::Sort", "%1, A to Z").arg(dimensionLabel(key));
}

} // namespace kx::querylabels
