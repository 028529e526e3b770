// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "api/apiparsers.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace kx::apiparsers;
using kx::MetricInfo;
using kx::NamedResource;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestApiParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAMetricsPage()
    {
        QString error;
        const std::optional<kx::MetricsPage> page =
            parseMetricsPage(kx::test::readTestData(u"api/metrics-page-1.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->metrics.size(), 3); // the resource without an id is skipped
        const MetricInfo& placed = page->metrics[0];
        QCOMPARE(placed.id, u"RESQ6t"_s);
        QCOMPARE(placed.name, u"Placed Order"_s);
        QCOMPARE(placed.created, utc(2022, 11, 8, 0, 0, 0));
        QCOMPARE(placed.updated, utc(2023, 1, 2, 3, 4, 5, 123));
        QCOMPARE(placed.integrationId, u"0eMvjm"_s);
        QCOMPARE(placed.integrationName, u"Shopify"_s);
        QCOMPARE(placed.integrationCategory, u"eCommerce"_s);

        const MetricInfo& opened = page->metrics[1];
        QCOMPARE(opened.created, utc(2021, 5, 1, 10, 0, 0));
        QVERIFY(!opened.updated.isValid()); // null
        QCOMPARE(opened.integrationName, u"Klaviyo"_s);

        const MetricInfo& custom = page->metrics[2];
        QCOMPARE(custom.name, u"Custom Signup"_s);
        QVERIFY(!custom.created.isValid());
        QVERIFY(custom.integrationName.isEmpty()); // integration: null

        QCOMPARE(page->nextUrl,
            u"{{BASE}}/api/metrics?filter=equals%28integration.name%2C%27Shopify%27%29&page%5Bcursor%5D=bmV4dDo6aWQ6OjQ2"_s);
    }

    void parsesTheSeed000MetricsExample()
    {
        // Get Metrics filtered on integration.name "Klaviyo" with fields[metric]=name,
        // integration.id,integration.name: no timestamps, an integration without a category.
        QString error;
        const std::optional<kx::MetricsPage> page =
            parseMetricsPage(kx::test::readTestData(u"api/seed000-metrics-klaviyo.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->metrics.size(), 2);
        const MetricInfo& sms = page->metrics[0];
        QCOMPARE(sms.id, u"REcTBe"_s);
        QCOMPARE(sms.name, u"Sent SMS"_s);
        QCOMPARE(sms.integrationId, u"0rG4eQ"_s);
        QCOMPARE(sms.integrationName, u"Klaviyo"_s);
        QVERIFY(sms.integrationCategory.isEmpty());
        QVERIFY(!sms.created.isValid());
        QVERIFY(!sms.updated.isValid());
        const MetricInfo& spam = page->metrics[1];
        QCOMPARE(spam.id, u"RcsmFp"_s);
        QCOMPARE(spam.name, u"Marked Email as Spam"_s);
        QCOMPARE(spam.integrationId, u"0rG4eQ"_s);
        QCOMPARE(spam.integrationName, u"Klaviyo"_s);
        QVERIFY(spam.integrationCategory.isEmpty());
        QVERIFY(page->nextUrl.isEmpty()); // no links at all: the last page
    }

    void lastPageHasNoNextLink()
    {
        const std::optional<kx::MetricsPage> page =
            parseMetricsPage(kx::test::readTestData(u"api/metrics-page-2.json"_s));
        QVERIFY(page);
        QCOMPARE(page->metrics.size(), 1);
        QVERIFY(page->nextUrl.isEmpty());
        // No offset: read as UTC; an offset is applied.
        QCOMPARE(page->metrics[0].created, utc(2023, 2, 3, 4, 5, 6));
        QCOMPARE(page->metrics[0].updated, utc(2023, 2, 3, 9, 5, 6));
    }

    void parsesASingleMetric()
    {
        const QByteArray body =
            "{\"data\":{\"type\":\"metric\",\"id\":\"RESQ6t\",\"attributes\":{\"name\":\"Placed "
            "Order\",\"created\":\"2022-11-08T00:00:00+00:00\",\"updated\":\"2022-11-08T00:00:00+00:00\","
            "\"integration\":{\"object\":\"integration\",\"id\":\"0eMvjm\",\"name\":\"Shopify\",\"category\":"
            "\"eCommerce\"}},\"links\":{\"self\":\"https://a.klaviyo.com/api/metrics/"
            "RESQ6t\"}},\"links\":{\"self\":\"https://a.klaviyo.com/api/metrics/RESQ6t\"}}";
        const std::optional<MetricInfo> metric = parseMetric(body);
        QVERIFY(metric);
        QCOMPARE(metric->name, u"Placed Order"_s);
        QCOMPARE(metric->integrationCategory, u"eCommerce"_s);
    }

    void refusesDocumentsOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("collection");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("not json") << QByteArray("<html></html>") << true << u"not valid JSON"_s;
        QTest::addRow("array") << QByteArray("[]") << true << u"not a JSON object"_s;
        QTest::addRow("no data") << QByteArray(R"({"links":{}})") << true << u"data"_s;
        QTest::addRow("data is an object") << QByteArray(R"({"data":{"id":"x"}})") << true << u"not a list"_s;
        QTest::addRow("data is a list") << QByteArray(R"({"data":[]})") << false << u"not an object"_s;
        QTest::addRow("null data") << QByteArray(R"({"data":null})") << false << u"not an object"_s;
        QTest::addRow("no id") << QByteArray(R"({"data":{"type":"metric","attributes":{}}})") << false << u"no id"_s;
    }
    void refusesDocumentsOfTheWrongShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, collection);
        QFETCH(QString, messagePart);
        QString error;
        if (collection) {
            QVERIFY(!parseMetricsPage(body, &error));
            QVERIFY(!parseNamePage(body, u"name"_s));
        } else {
            QVERIFY(!parseMetric(body, &error));
            QVERIFY(!parseNamedResource(body, u"name"_s));
        }
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void emptyCollectionIsValid()
    {
        const std::optional<kx::MetricsPage> page = parseMetricsPage(R"({"data":[],"links":{"self":"x"}})");
        QVERIFY(page);
        QVERIFY(page->metrics.isEmpty());
        QVERIFY(page->nextUrl.isEmpty());
    }

    void readsNamesAtNestedFieldPaths_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        QTest::addRow("flow") << QByteArray(
            R"({"data":{"type":"flow","id":"XVTP5Q","attributes":{"name":"Welcome Series"}}})")
                              << u"name"_s << u"Welcome Series"_s;
        QTest::addRow("flow message 2026") << QByteArray(
            R"({"data":{"type":"flow-message","id":"01GMRWDSA0ARTAKE1SFX8JGXAY","attributes":{"definition":{"channel":"email","name":"Welcome email 1"}}}})")
                                           << u"definition.name"_s << u"Welcome email 1"_s;
        QTest::addRow("campaign message 2026") << QByteArray(
            R"({"data":{"type":"campaign-message","id":"01GMRWDSA0ARTAKE1SFX8JGXAY","attributes":{"definition":{"channel":"email","label":"Spring sale"}}}})")
                                               << u"definition.label"_s << u"Spring sale"_s;
        QTest::addRow("campaign message 2023") << QByteArray(
            R"({"data":{"type":"campaign-message","id":"01GMRWDSA0ARTAKE1SFX8JGXAY","attributes":{"label":"Spring sale","channel":"email"}}})")
                                               << u"label"_s << u"Spring sale"_s;
        QTest::addRow("sms message has no label") << QByteArray(
            R"({"data":{"type":"campaign-message","id":"01GMRWDSA0ARTAKE1SFX8JGXAY","attributes":{"definition":{"channel":"sms","content":{"body":"Hi"}}}}})")
                                                  << u"definition.label"_s << QString();
        QTest::addRow("null definition") << QByteArray(
            R"({"data":{"type":"flow-message","id":"01GMRWDSA0ARTAKE1SFX8JGXAY","attributes":{"definition":null}}})")
                                         << u"definition.name"_s << QString();
        QTest::addRow("no attributes") << QByteArray(R"({"data":{"type":"flow","id":"XVTP5Q"}})") << u"name"_s
                                       << QString();
    }
    void readsNamesAtNestedFieldPaths()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, name);
        const std::optional<NamedResource> named = parseNamedResource(body, field);
        QVERIFY(named);
        QCOMPARE(named->name, name);
        QVERIFY(!named->id.isEmpty());
    }

    void parsesANamePage()
    {
        const QByteArray body =
            "{\"data\":[\n"
            "            {\"type\":\"flow\",\"id\":\"XVTP5Q\",\"attributes\":{\"name\":\"Welcome "
            "Series\"},\"relationships\":{\"flow-actions\":{\"links\":{\"self\":\"x\",\"related\":\"y\"}}},\"links\":{"
            "\"self\":\"z\"}},\n"
            "            {\"type\":\"flow\",\"id\":\"AbC123\",\"attributes\":{\"name\":null}},\n"
            "            {\"type\":\"flow\",\"attributes\":{\"name\":\"skipped\"}},\n"
            "            \"junk\"],\n"
            "            "
            "\"links\":{\"self\":\"https://a.klaviyo.com/api/flows?fields%5Bflow%5D=name\",\"next\":\"https://"
            "a.klaviyo.com/api/flows?page%5Bcursor%5D=abc\",\"prev\":null}}";
        const std::optional<kx::NamePage> page = parseNamePage(body, u"name"_s);
        QVERIFY(page);
        QCOMPARE(
            page->items, (QList<NamedResource> { { u"XVTP5Q"_s, u"Welcome Series"_s }, { u"AbC123"_s, QString() } }));
        QCOMPARE(page->nextUrl, u"https://a.klaviyo.com/api/flows?page%5Bcursor%5D=abc"_s);
    }

    void readsTheNextLink_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("next");
        QTest::addRow("url") << QByteArray("{\"data\":{},\"links\":{\"self\":\"a\",\"next\":\"https://a.klaviyo.com/"
                                           "api/flow-values-reports/?page_cursor=xyz\",\"prev\":null}}")
                             << true << u"https://a.klaviyo.com/api/flow-values-reports/?page_cursor=xyz"_s;
        QTest::addRow("null") << QByteArray(R"({"data":{},"links":{"self":"a","next":null}})") << true << QString();
        QTest::addRow("no links") << QByteArray(R"({"data":{}})") << true << QString();
        QTest::addRow("not json") << QByteArray("{") << false << QString();
    }
    void readsTheNextLink()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QString, next);
        const std::optional<QString> link = parseNextLink(body);
        QCOMPARE(link.has_value(), valid);
        if (link)
            QCOMPARE(*link, next);
    }

    void parsesTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("offset") << u"2024-01-01T00:00:00+00:00"_s << utc(2024, 1, 1, 0, 0, 0);
        QTest::addRow("Z") << u"2024-01-01T00:00:00Z"_s << utc(2024, 1, 1, 0, 0, 0);
        QTest::addRow("micro") << u"2024-01-01T00:00:00.250000+00:00"_s << utc(2024, 1, 1, 0, 0, 0, 250);
        QTest::addRow("negative offset") << u"2024-03-10T01:30:00-05:00"_s << utc(2024, 3, 10, 6, 30, 0);
        QTest::addRow("bare") << u"2024-01-01T12:00:00"_s << utc(2024, 1, 1, 12, 0, 0);
        QTest::addRow("garbage") << u"yesterday"_s << QDateTime();
        QTest::addRow("empty") << QString() << QDateTime();
    }
    void parsesTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseTimestamp(text), expected);
    }
};

QTEST_APPLESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
