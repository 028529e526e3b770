// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the demo engine tests: the small fixture, request builders, JSON access.
#pragma once

#include "demo/demoengine.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace kx::test {

/// The engine over tests/data/demo/@p file (a fixture; rate limits off unless a clock is given).
inline std::shared_ptr<DemoEngine> fixtureEngineFrom(const QString& file, EngineOptions options = {})
{
    QString error;
    auto store = loadFixture(readTestData(QStringLiteral("demo/") + file), &error);
    if (!store)
        qFatal("%s: %s", qPrintable(file), qPrintable(error));
    if (!options.clock)
        options.rateLimits = false; // most tests fire many requests in one second
    return std::make_shared<DemoEngine>(store, options);
}

/// The engine over tests/data/demo/small-fixture.json (today 2024-11-30, America/New_York).
inline std::shared_ptr<DemoEngine> fixtureEngine(EngineOptions options = {})
{
    QString error;
    auto store = loadFixture(readTestData(QStringLiteral("demo/small-fixture.json")), &error);
    if (!store)
        qFatal("small fixture: %s", qPrintable(error));
    if (!options.clock)
        options.rateLimits = false; // most tests fire many requests in one second
    return std::make_shared<DemoEngine>(store, options);
}

inline HttpRequest apiRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QByteArray& body = {},
    const QByteArray& revision = "2024-10-15")
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = pathAndQuery.indexOf('?');
    r.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    r.query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1);
    r.origin = "https://demo.klaviyo-explorer.invalid";
    r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Klaviyo-API-Key pk_test_0123456789")));
    if (!revision.isEmpty())
        r.headers.append(qMakePair(QByteArray("revision"), revision));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.api+json")));
    if (!body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/vnd.api+json")));
    r.body = body;
    return r;
}

/// A metric-aggregate request body.
inline QByteArray aggregateBody(const QString& metricId, const QStringList& measurements, const QString& interval,
    const QString& start, const QString& end, const QStringList& by = {}, const QStringList& extraFilters = {},
    const QJsonObject& extra = {})
{
    QJsonObject attributes = extra;
    attributes.insert(QStringLiteral("metric_id"), metricId);
    attributes.insert(QStringLiteral("measurements"), QJsonArray::fromStringList(measurements));
    attributes.insert(QStringLiteral("interval"), interval);
    QStringList filters { QStringLiteral("greater-or-equal(datetime,%1)").arg(start), QStringLiteral("less-than(datetime,%1)").arg(end) };
    filters += extraFilters;
    attributes.insert(QStringLiteral("filter"), QJsonArray::fromStringList(filters));
    if (!by.isEmpty())
        attributes.insert(QStringLiteral("by"), QJsonArray::fromStringList(by));
    if (!attributes.contains(QStringLiteral("timezone")))
        attributes.insert(QStringLiteral("timezone"), QStringLiteral("America/New_York"));
    const QJsonObject data { { QStringLiteral("type"), QStringLiteral("metric-aggregate") }, { QStringLiteral("attributes"), attributes } };
    return QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(QJsonDocument::Compact);
}

inline QJsonObject json(const HttpResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

/// The first error of a JSON:API error body.
inline QJsonObject firstError(const HttpResponse& r)
{
    return json(r).value(QStringLiteral("errors")).toArray().at(0).toObject();
}

inline QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

inline QList<double> numbers(const QJsonValue& array)
{
    QList<double> out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toDouble());
    return out;
}

} // namespace kx::test
