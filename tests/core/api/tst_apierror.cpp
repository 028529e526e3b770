// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using kx::ApiError;
using kx::ApiErrorItem;
using kx::EndpointFamily;
using kx::HttpFailure;
using Kind = kx::ApiError::Kind;

Q_DECLARE_METATYPE(kx::ApiError::Kind)

namespace {

QJsonObject observed()
{
    return QJsonDocument::fromJson(kx::test::readShared(u"klaviyo-api-raw/observed-real-responses.json"_s)).object();
}

QByteArray wrapItem(const QJsonObject& item)
{
    return QJsonDocument(QJsonObject { { u"errors"_s, QJsonArray { item } } }).toJson(QJsonDocument::Compact);
}

HttpFailure failure(int status, const QByteArray& body, const QString& endpoint = u"/api/metrics"_s,
    const QByteArray& contentType = "application/vnd.api+json")
{
    HttpFailure f;
    f.status = status;
    f.body = body;
    f.contentType = contentType;
    f.endpoint = endpoint;
    return f;
}

const QList<Kind> AllKinds { Kind::None, Kind::Network, Kind::Timeout, Kind::Auth, Kind::Permission, Kind::NotFound,
    Kind::InvalidInput, Kind::Throttled, Kind::QuotaExhausted, Kind::Server, Kind::BadResponse, Kind::Cancelled };

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesObservedThrottleError()
    {
        const QJsonObject item = observed().value("rate_limited_429_error_object_node_sdk"_L1).toObject()
                                     .value("errors_item"_L1).toObject();
        QVERIFY(!item.isEmpty());
        const QList<ApiErrorItem> items = kx::parseApiErrorItems(wrapItem(item));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].id, u"8c8f4aea-7289-4a13-b697-5dd5dde38f1e"_s);
        QCOMPARE(items[0].code, u"throttled"_s);
        QCOMPARE(items[0].title, u"Request was throttled."_s);
        QCOMPARE(items[0].detail, u"Request was throttled. Expected available in 1 second."_s);
        QCOMPARE(items[0].pointer, u"/data"_s);
        QVERIFY(items[0].parameter.isEmpty());
    }

    void parsesObservedBodies_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("parameter");
        QTest::addRow("python 429") << u"rate_limited_429_python_sdk_2023"_s << u"throttled"_s
                                    << u"Request was throttled. Expected available in 0 seconds."_s << u"/data/"_s
                                    << QString();
        QTest::addRow("400 filter parameter") << u"bad_request_400_filter_parameter"_s << u"invalid"_s
                                              << u"Metric IDs ['SOME_METRIC_ID'] do not exist."_s << QString()
                                              << u"filter"_s;
    }
    void parsesObservedBodies()
    {
        QFETCH(QString, entry);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        QFETCH(QString, pointer);
        QFETCH(QString, parameter);
        const QJsonObject body = observed().value(entry).toObject().value("body"_L1).toObject();
        QVERIFY(!body.isEmpty());
        const QList<ApiErrorItem> items = kx::parseApiErrorItems(QJsonDocument(body).toJson());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].code, code);
        QCOMPARE(items[0].detail, detail);
        QCOMPARE(items[0].pointer, pointer);
        QCOMPARE(items[0].parameter, parameter);
        QVERIFY(!items[0].id.isEmpty());
    }

    void parsesPartialItemWithoutId()
    {
        const QJsonObject item = observed().value("bad_request_400_invalid_cursor"_L1).toObject()
                                     .value("errors_item_partial"_L1).toObject();
        const QList<ApiErrorItem> items = kx::parseApiErrorItems(wrapItem(item));
        QCOMPARE(items.size(), 1);
        QVERIFY(items[0].id.isEmpty());
        QCOMPARE(items[0].detail, u"Invalid cursor provided."_s);
        QCOMPARE(items[0].pointer, u"/data/"_s);
    }

    void parsesSeveralItemsInOrder()
    {
        const QByteArray body = R"({"errors":[
            {"id":"a","code":"invalid","title":"Invalid input.","detail":"first","source":{"pointer":"/data/attributes/timezone"}},
            {"id":"b","code":"invalid","title":"Invalid input.","detail":"second","source":{"parameter":"filter"},"links":{},"meta":{"x":1}},
            "not an object",
            {"status":400}
        ]})";
        const QList<ApiErrorItem> items = kx::parseApiErrorItems(body);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].detail, u"first"_s);
        QCOMPARE(items[1].parameter, u"filter"_s);
        QCOMPARE(items[2], ApiErrorItem {});
    }

    void ignoresBodiesThatAreNotErrorDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("html") << QByteArray("<!DOCTYPE html><html><body>Just a moment...</body></html>");
        QTest::addRow("truncated") << QByteArray("{\"errors\":[{\"id\":\"a\",\"code\":\"inv");
        QTest::addRow("data document") << QByteArray(R"({"data":[]})");
        QTest::addRow("errors not a list") << QByteArray(R"({"errors":{"id":"a"}})");
        QTest::addRow("array") << QByteArray("[1,2]");
    }
    void ignoresBodiesThatAreNotErrorDocuments()
    {
        QFETCH(QByteArray, body);
        QVERIFY(kx::parseApiErrorItems(body).isEmpty());
    }

    void classifiesHttpFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("cfMitigated");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");

        const QByteArray authBody = R"({"errors":[{"id":"1","status":401,"code":"not_authenticated","title":"Authentication credentials were not provided.","detail":"Authentication credentials were not provided."}]})";
        const QByteArray permissionBody = R"({"errors":[{"id":"2","status":403,"code":"permission_denied","title":"You do not have permission to perform this action.","detail":"You do not have permission to perform this action."}]})";
        const QByteArray html = "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>";
        const QByteArray revisionBody = R"({"errors":[{"id":"3","status":404,"code":"not_found","title":"Not found.","detail":"No valid revisions found for method"}]})";
        const QByteArray pointerBody = "{\"errors\":[{\"id\":\"4\",\"status\":400,\"code\":\"invalid\",\"title\":\"Invalid input.\",\"detail\":\"'Mars/Olympus' is not a valid timezone.\",\"source\":{\"pointer\":\"/data/attributes/timezone\"}}]}";
        const QByteArray json = "application/vnd.api+json";

        QTest::addRow("401") << 401 << authBody << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::Auth << u"pk_"_s;
        QTest::addRow("400 with an auth code") << 400 << authBody << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::Auth << u"pk_"_s;
        QTest::addRow("403 flows") << 403 << permissionBody << u"/api/flows"_s << json << QByteArray() << QString() << Kind::Permission << u"flows:read"_s;
        QTest::addRow("403 flow message") << 403 << permissionBody << u"/api/flow-messages/01GMRWDSA0ARTAKE1SFX8JGXAY"_s << json << QByteArray() << QString() << Kind::Permission << u"flows:read"_s;
        QTest::addRow("403 campaign report") << 403 << permissionBody << u"/api/campaign-values-reports"_s << json << QByteArray() << QString() << Kind::Permission << u"campaigns:read"_s;
        QTest::addRow("403 segment report") << 403 << permissionBody << u"/api/segment-series-reports"_s << json << QByteArray() << QString() << Kind::Permission << u"segments:read"_s;
        QTest::addRow("403 aggregates") << 403 << permissionBody << u"/api/metric-aggregates"_s << json << QByteArray() << QString() << Kind::Permission << u"metrics:read"_s;
        QTest::addRow("403 lists 2023") << 403 << permissionBody << u"/api/lists"_s << json << QByteArray() << u"2023-10-15"_s << Kind::Permission << u"list:read"_s;
        QTest::addRow("403 lists 2026") << 403 << permissionBody << u"/api/lists"_s << json << QByteArray() << u"2026-07-15"_s << Kind::Permission << u"lists:read"_s;
        QTest::addRow("403 challenge header") << 403 << html << u"/api/metrics"_s << QByteArray("text/html; charset=UTF-8") << QByteArray("challenge") << QString() << Kind::Permission << u"bot protection"_s;
        QTest::addRow("403 html page") << 403 << html << u"/api/metrics"_s << QByteArray("text/html") << QByteArray() << QString() << Kind::Permission << u"bot protection"_s;
        QTest::addRow("404 revision") << 404 << revisionBody << u"/api/form-values-reports"_s << json << QByteArray() << u"2023-10-15"_s << Kind::NotFound << u"revision 2023-10-15"_s;
        QTest::addRow("404 id") << 404 << QByteArray(R"({"errors":[{"id":"5","code":"not_found","title":"Not found.","detail":"Not found."}]})") << u"/api/metrics/XXXXXX"_s << json << QByteArray() << QString() << Kind::NotFound << u"/api/metrics/XXXXXX"_s;
        QTest::addRow("400 pointer") << 400 << pointerBody << u"/api/metric-aggregates"_s << json << QByteArray() << QString() << Kind::InvalidInput << u"'Mars/Olympus' is not a valid timezone."_s;
        QTest::addRow("400 no body") << 400 << QByteArray() << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::InvalidInput << u"HTTP 400"_s;
        QTest::addRow("405") << 405 << QByteArray() << u"/api/metric-aggregates"_s << json << QByteArray() << QString() << Kind::InvalidInput << u"HTTP 405"_s;
        QTest::addRow("415") << 415 << QByteArray() << u"/api/metric-aggregates"_s << json << QByteArray() << QString() << Kind::InvalidInput << u"HTTP 415"_s;
        QTest::addRow("422") << 422 << QByteArray() << u"/api/metric-aggregates"_s << json << QByteArray() << QString() << Kind::InvalidInput << u"HTTP 422"_s;
        QTest::addRow("429") << 429 << QByteArray() << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::Throttled << u"rate limit"_s;
        QTest::addRow("500") << 500 << QByteArray() << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::Server << u"HTTP 500"_s;
        QTest::addRow("502 html") << 502 << html << u"/api/metrics"_s << QByteArray("text/html") << QByteArray() << QString() << Kind::Server << u"HTTP 502"_s;
        QTest::addRow("524") << 524 << QByteArray() << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::Server << u"HTTP 524"_s;
        QTest::addRow("302") << 302 << QByteArray() << u"/api/metrics"_s << json << QByteArray() << QString() << Kind::BadResponse << u"302"_s;
    }
    void classifiesHttpFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, cfMitigated);
        QFETCH(QString, revision);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        HttpFailure f = failure(status, body, endpoint, contentType);
        f.cfMitigated = cfMitigated;
        f.revision = revision;
        const ApiError error = kx::apiErrorFromHttp(f);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.endpoint, endpoint);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY(error.message.endsWith(u'.'));
    }

    void invalidInputNamesTheField()
    {
        const QByteArray body = "{\"errors\":[{\"id\":\"1e7d5dd1-1af1-4599-9ae4-6e5f64bd66d9\",\"status\":400,\"code\":\"invalid\",\"title\":\"Invalid input.\",\"detail\":\"Metric IDs ['SOME_METRIC_ID'] do not exist.\",\"source\":{\"parameter\":\"filter\"},\"meta\":{}}]}";
        const ApiError error = kx::apiErrorFromHttp(failure(400, body, u"/api/events"_s));
        QCOMPARE(error.kind, Kind::InvalidInput);
        QCOMPARE(error.sourceField(), u"filter"_s);
        QVERIFY(error.message.contains(u"Metric IDs ['SOME_METRIC_ID'] do not exist."_s));
        QVERIFY(error.message.contains(u"filter"_s));
        QCOMPARE(error.items.size(), 1);
    }

    void sourceFieldPrefersTheFirstItemThatNamesOne()
    {
        ApiError error;
        QVERIFY(error.sourceField().isEmpty());
        error.items = { ApiErrorItem { u"a"_s, {}, {}, {}, {}, {} },
            ApiErrorItem { u"b"_s, {}, {}, {}, u"/data/attributes/by"_s, {} },
            ApiErrorItem { u"c"_s, {}, {}, {}, {}, u"filter"_s } };
        QCOMPARE(error.sourceField(), u"/data/attributes/by"_s);
    }

    void throttleErrorSeparatesQuotaFromShortWaits_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("short") << 30 << Kind::Throttled << u"30 second"_s;
        QTest::addRow("daily quota") << 73473 << Kind::QuotaExhausted << u"20 hour"_s;
        QTest::addRow("exactly an hour") << 3600 << Kind::QuotaExhausted << u"1 hour"_s;
        QTest::addRow("unknown wait") << -1 << Kind::Throttled << u"rate limit"_s;
    }
    void throttleErrorSeparatesQuotaFromShortWaits()
    {
        QFETCH(int, retryAfter);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        const ApiError error = kx::throttleError(retryAfter, 3600, u"/api/campaign-values-reports"_s);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.retryAfterSeconds, retryAfter);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    }

    void exitCodes_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::addRow("none") << Kind::None << 0;
        QTest::addRow("network") << Kind::Network << 4;
        QTest::addRow("timeout") << Kind::Timeout << 4;
        QTest::addRow("auth") << Kind::Auth << 3;
        QTest::addRow("permission") << Kind::Permission << 3;
        QTest::addRow("not found") << Kind::NotFound << 3;
        QTest::addRow("invalid") << Kind::InvalidInput << 3;
        QTest::addRow("throttled") << Kind::Throttled << 3;
        QTest::addRow("quota") << Kind::QuotaExhausted << 3;
        QTest::addRow("server") << Kind::Server << 3;
        QTest::addRow("bad response") << Kind::BadResponse << 3;
        QTest::addRow("cancelled") << Kind::Cancelled << 130;
    }
    void exitCodes()
    {
        QFETCH(Kind, kind);
        QFETCH(int, code);
        ApiError error;
        error.kind = kind;
        QCOMPARE(error.exitCode(), code);
    }

    void kindNamesAreDistinctWords()
    {
        QSet<QString> names;
        for (Kind kind : AllKinds) {
            const QString name = kx::apiErrorKindName(kind);
            QVERIFY(!name.isEmpty());
            QVERIFY(!name.contains(u' '));
            names.insert(name);
        }
        QCOMPARE(names.size(), AllKinds.size());
        QCOMPARE(kx::apiErrorKindName(Kind::Network), u"network"_s);
        QCOMPARE(kx::apiErrorKindName(Kind::QuotaExhausted), u"quota_exhausted"_s);
    }

    void everyKindHasAMessage()
    {
        for (Kind kind : AllKinds) {
            const ApiError error = kx::makeApiError(kind, u"/api/metrics"_s, u"detail text"_s);
            QCOMPARE(error.kind, kind);
            if (kind == Kind::None)
                QVERIFY(error.message.isEmpty());
            else
                QVERIFY2(error.message.size() > 8, qPrintable(kx::apiErrorKindName(kind)));
        }
        QVERIFY(kx::makeApiError(Kind::Network, {}, u"Connection refused"_s).message.contains(u"Connection refused"_s));
        QVERIFY(kx::makeApiError(Kind::BadResponse, {}, u"a web page"_s).message.contains(u"a web page"_s));
    }

    void endpointFamilies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("family"); // -1: none
        QTest::addRow("metrics") << u"/api/metrics"_s << int(EndpointFamily::Metrics);
        QTest::addRow("metrics slash") << u"/api/metrics/"_s << int(EndpointFamily::Metrics);
        QTest::addRow("metric id") << u"/api/metrics/RESQ6t"_s << int(EndpointFamily::Metrics);
        QTest::addRow("aggregates") << u"/api/metric-aggregates/"_s << int(EndpointFamily::MetricAggregates);
        QTest::addRow("report") << u"/api/flow-series-reports"_s << int(EndpointFamily::Reports);
        QTest::addRow("flow message") << u"/api/flow-messages/X"_s << int(EndpointFamily::Flows);
        QTest::addRow("campaign message") << u"/api/campaign-messages/X"_s << int(EndpointFamily::Campaigns);
        QTest::addRow("forms") << u"/api/forms"_s << int(EndpointFamily::Forms);
        QTest::addRow("segments") << u"/api/segments?filter=x"_s << int(EndpointFamily::Segments);
        QTest::addRow("full url") << u"https://a.klaviyo.com/api/lists?page%5Bcursor%5D=abc"_s << int(EndpointFamily::Lists);
        QTest::addRow("unknown") << u"/api/profiles"_s << -1;
        QTest::addRow("not api") << u"/metrics"_s << -1;
    }
    void endpointFamilies()
    {
        QFETCH(QString, path);
        QFETCH(int, family);
        const std::optional<EndpointFamily> found = kx::endpointFamilyForPath(path);
        QCOMPARE(found.has_value(), family >= 0);
        if (found)
            QCOMPARE(int(*found), family);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
