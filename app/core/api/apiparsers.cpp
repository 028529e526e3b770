// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiparsers.h"

#include "util/calendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kx::apiparsers {

namespace {

struct ParserText {
    Q_DECLARE_TR_FUNCTIONS(kx::ApiParsers)
};

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, ParserText::tr("The answer is not valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(error, ParserText::tr("The answer is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

/// Strings as they are; numbers as text (ids are strings in the API, but be lenient); else empty.
QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

QJsonValue valueAtPath(const QJsonObject& object, const QString& dottedPath)
{
    const QStringList parts = dottedPath.split(u'.');
    QJsonValue current = object;
    for (const QString& part : parts) {
        if (!current.isObject())
            return {};
        current = current.toObject().value(part);
    }
    return current;
}

QString nextLinkOf(const QJsonObject& document)
{
    return text(document.value("links"_L1).toObject().value("next"_L1));
}

std::optional<MetricInfo> metricFrom(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject resource = value.toObject();
    MetricInfo info;
    info.id = text(resource.value("id"_L1));
    if (info.id.isEmpty())
        return std::nullopt;
    const QJsonObject attributes = resource.value("attributes"_L1).toObject();
    info.name = text(attributes.value("name"_L1));
    info.created = parseTimestamp(text(attributes.value("created"_L1)));
    info.updated = parseTimestamp(text(attributes.value("updated"_L1)));
    const QJsonObject integration = attributes.value("integration"_L1).toObject();
    info.integrationId = text(integration.value("id"_L1));
    info.integrationName = text(integration.value("name"_L1));
    info.integrationCategory = text(integration.value("category"_L1));
    return info;
}

std::optional<NamedResource> namedFrom(const QJsonValue& value, const QString& nameField)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject resource = value.toObject();
    NamedResource named;
    named.id = text(resource.value("id"_L1));
    if (named.id.isEmpty())
        return std::nullopt;
    named.name = text(valueAtPath(resource.value("attributes"_L1).toObject(), nameField));
    return named;
}

std::optional<QJsonArray> dataArray(const QJsonObject& document, QString* error)
{
    const QJsonValue data = document.value("data"_L1);
    if (data.isArray())
        return data.toArray();
    setError(error, ParserText::tr("The answer has no list of items (“data” is missing or not a list)."));
    return std::nullopt;
}

std::optional<QJsonObject> dataObject(const QJsonObject& document, QString* error)
{
    const QJsonValue data = document.value("data"_L1);
    if (data.isObject())
        return data.toObject();
    setError(error, ParserText::tr("The answer has no item (“data” is missing or not an object)."));
    return std::nullopt;
}

} // namespace

QDateTime parseTimestamp(const QString& text)
{
    qint64 ms = 0;
    if (text.isEmpty() || !calendar::parseIsoInstant(text, &ms))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

std::optional<MetricsPage> parseMetricsPage(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> document = parseObject(body, error);
    if (!document)
        return std::nullopt;
    const std::optional<QJsonArray> data = dataArray(*document, error);
    if (!data)
        return std::nullopt;
    MetricsPage page;
    for (const QJsonValue& entry : *data) {
        if (std::optional<MetricInfo> info = metricFrom(entry))
            page.metrics.append(*info);
    }
    page.nextUrl = nextLinkOf(*document);
    return page;
}

std::optional<MetricInfo> parseMetric(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> document = parseObject(body, error);
    if (!document)
        return std::nullopt;
    const std::optional<QJsonObject> data = dataObject(*document, error);
    if (!data)
        return std::nullopt;
    std::optional<MetricInfo> info = metricFrom(*data);
    if (!info)
        setError(error, ParserText::tr("The metric in the answer has no id."));
    return info;
}

std::optional<NamePage> parseNamePage(const QByteArray& body, const QString& nameField, QString* error)
{
    const std::optional<QJsonObject> document = parseObject(body, error);
    if (!document)
        return std::nullopt;
    const std::optional<QJsonArray> data = dataArray(*document, error);
    if (!data)
        return std::nullopt;
    NamePage page;
    for (const QJsonValue& entry : *data) {
        if (std::optional<NamedResource> named = namedFrom(entry, nameField))
            page.items.append(*named);
    }
    page.nextUrl = nextLinkOf(*document);
    return page;
}

std::optional<NamedResource> parseNamedResource(const QByteArray& body, const QString& nameField, QString* error)
{
    const std::optional<QJsonObject> document = parseObject(body, error);
    if (!document)
        return std::nullopt;
    const std::optional<QJsonObject> data = dataObject(*document, error);
    if (!data)
        return std::nullopt;
    std::optional<NamedResource> named = namedFrom(*data, nameField);
    if (!named)
        setError(error, ParserText::tr("The item in the answer has no id."));
    return named;
}

std::optional<QString> parseNextLink(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> document = parseObject(body, error);
    if (!document)
        return std::nullopt;
    return nextLinkOf(*document);
}

} // namespace kx::apiparsers
