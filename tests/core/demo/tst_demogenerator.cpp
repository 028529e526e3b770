// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic account: deterministic, shaped like a real Klaviyo + Shopify account, with a
// consistent funnel. Runs on a scaled-down account (3 000 profiles) to stay fast in debug and
// sanitizer builds; the full size is measured by the benchmark.
#include "demotestutil.h"
#include "util/calendar.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

constexpr int kProfiles = 3000;
const QDate kAnchor(2025, 6, 30);

QByteArray storeDigest(const DemoStore& s)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int m = 0; m < s.metrics.size(); ++m) {
        hash.addData(s.metrics[m].id.toUtf8());
        const auto& events = s.events(m);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(events.data()), qsizetype(events.size() * sizeof(DemoStore::Event))));
    }
    // Events point at tuples by id: the tuple table gives the ids their meaning.
    QString tuples;
    for (int t = 0; t < s.tupleCount(); ++t) {
        for (const auto& [k, v] : s.tuple(t))
            tuples += s.keyName(k) + u'=' + s.value(v).text + u';';
        tuples += u'\n';
    }
    hash.addData(tuples.toUtf8());
    for (const auto& c : s.campaigns)
        hash.addData((c.id + c.name + c.sendTime).toUtf8());
    return hash.result();
}

QByteArray placedOrderQuery(const DemoStore& s)
{
    return aggregateBody(s.metrics[s.metricIndexByName(u"Placed Order")].id, { u"count"_s, u"sum_value"_s, u"unique"_s }, u"day"_s,
        u"2024-07-01T00:00:00-04:00"_s, u"2025-07-01T00:00:00-04:00"_s, { u"$attributed_message"_s });
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedAndAnchorGiveIdenticalBytes();
    void otherSeedOrAnchorGiveOtherData();
    void catalogueLooksLikeAKlaviyoAccount();
    void idsHaveKlaviyoShapes();
    void funnelIsConsistentPerMessage();
    void ordersAreAttributedInsideTheWindow();
    void blackFridayAndWeeklyRhythmShow();
    void eventsCarryTheDimensionsReportsGroupOn();

private:
    std::shared_ptr<const DemoStore> m_store;
};

void TestDemoGenerator::initTestCase()
{
    m_store = generateDemoStore(7, kAnchor, kProfiles);
    QVERIFY(m_store);
}

void TestDemoGenerator::sameSeedAndAnchorGiveIdenticalBytes()
{
    const auto again = generateDemoStore(7, kAnchor, kProfiles);
    QCOMPARE(again->eventCount(), m_store->eventCount());
    QCOMPARE(storeDigest(*again), storeDigest(*m_store));
    DemoEngine a(m_store);
    DemoEngine b(again);
    for (const QByteArray& path : { QByteArray("/api/metrics"), QByteArray("/api/flows"), QByteArray("/api/campaigns?filter=equals(messages.channel,'email')") })
        QCOMPARE(a.handle(apiRequest("GET", path)).body, b.handle(apiRequest("GET", path)).body);
    const HttpResponse ra = a.handle(apiRequest("POST", "/api/metric-aggregates", placedOrderQuery(*m_store)));
    const HttpResponse rb = b.handle(apiRequest("POST", "/api/metric-aggregates", placedOrderQuery(*again)));
    QCOMPARE(ra.status, 200);
    QCOMPARE(ra.body, rb.body);
}

void TestDemoGenerator::otherSeedOrAnchorGiveOtherData()
{
    const auto other = generateDemoStore(8, kAnchor, kProfiles);
    QVERIFY(storeDigest(*other) != storeDigest(*m_store));
    QVERIFY(other->metrics[0].id != m_store->metrics[0].id);
    const auto later = generateDemoStore(7, kAnchor.addDays(1), kProfiles);
    QVERIFY(storeDigest(*later) != storeDigest(*m_store));
    QCOMPARE(later->anchorDate, kAnchor.addDays(1));
}

void TestDemoGenerator::catalogueLooksLikeAKlaviyoAccount()
{
    const DemoStore& s = *m_store;
    QCOMPARE(s.accountName, u"Northwind Outfitters (demo)"_s);
    QCOMPARE(s.timezone, u"America/New_York"_s);
    QCOMPARE(s.currency, u"USD"_s);
    const QStringList klaviyo { u"Received Email"_s, u"Opened Email"_s, u"Clicked Email"_s, u"Bounced Email"_s, u"Marked Email as Spam"_s,
        u"Unsubscribed"_s, u"Received SMS"_s, u"Clicked SMS"_s, u"Subscribed to List"_s, u"Viewed Form"_s, u"Submitted Form"_s,
        u"Active on Site"_s, u"Viewed Product"_s };
    const QStringList shopify { u"Placed Order"_s, u"Ordered Product"_s, u"Started Checkout"_s, u"Fulfilled Order"_s,
        u"Refunded Order"_s, u"Cancelled Order"_s };
    for (const QString& name : klaviyo) {
        const int m = s.metricIndexByName(name);
        QVERIFY2(m >= 0, qPrintable(name));
        QCOMPARE(s.metrics[m].integration.name, u"Klaviyo"_s);
        QVERIFY2(!s.events(m).empty(), qPrintable(name));
    }
    for (const QString& name : shopify) {
        const int m = s.metricIndexByName(name);
        QVERIFY2(m >= 0, qPrintable(name));
        QCOMPARE(s.metrics[m].integration.name, u"Shopify"_s);
        QVERIFY2(!s.events(m).empty(), qPrintable(name));
    }
    int apiMetrics = 0;
    for (const auto& m : s.metrics)
        apiMetrics += m.integration.name == u"API"_s;
    QCOMPARE(apiMetrics, 1);
    QCOMPARE(s.flows.size(), 8);
    for (const auto& f : s.flows)
        QVERIFY(!f.messages.isEmpty());
    int email = 0;
    int sms = 0;
    for (const auto& c : s.campaigns) {
        email += c.channel == u"email"_s;
        sms += c.channel == u"sms"_s;
    }
    QVERIFY2(email + sms >= 35 && email + sms <= 50, qPrintable(QString::number(email + sms)));
    QVERIFY(sms >= 5);
    QVERIFY(s.forms.size() >= 4);
    bool versions = false;
    for (const auto& f : s.forms)
        versions |= f.versionIds.size() > 1;
    QVERIFY(versions);
    QVERIFY(s.lists.size() >= 4);
    QVERIFY(s.segments.size() >= 4);
    QCOMPARE(s.profileCount(), kProfiles);
    QCOMPARE(generateDemoStore(1, kAnchor.addYears(-1), 200)->profileCount(), 200);
}

void TestDemoGenerator::idsHaveKlaviyoShapes()
{
    const QRegularExpression shortId(u"^[A-Za-z0-9]{6}$"_s);
    const QRegularExpression ulid(u"^[0-9A-HJKMNP-TV-Z]{26}$"_s);
    QSet<QString> seen;
    auto check = [&](const QString& id, const QRegularExpression& re) {
        QVERIFY2(re.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    };
    for (const auto& m : m_store->metrics)
        check(m.id, shortId);
    for (const auto& f : m_store->flows) {
        check(f.id, shortId);
        for (const auto& msg : f.messages)
            check(msg.id, ulid);
    }
    for (const auto& c : m_store->campaigns) {
        check(c.id, ulid);
        for (const auto& msg : c.messages)
            check(msg.id, ulid);
    }
    for (const auto& l : m_store->lists)
        check(l.id, shortId);
    for (const auto& g : m_store->segments)
        check(g.id, shortId);
    for (const auto& f : m_store->forms)
        check(f.id, shortId);
}

void TestDemoGenerator::funnelIsConsistentPerMessage()
{
    EngineOptions options;
    options.rateLimits = false; // two reports in a row
    DemoEngine engine(m_store, options);
    const QString placedOrder = m_store->metrics[m_store->metricIndexByName(u"Placed Order")].id;
    // Campaign messages, then flow messages: the same funnel rules hold for both.
    for (const QString& type : { u"campaign-values-report"_s, u"flow-values-report"_s }) {
        const QByteArray body = QJsonDocument(
            QJsonObject { { u"data"_s,
                QJsonObject { { u"type"_s, type },
                    { u"attributes"_s,
                        QJsonObject { { u"statistics"_s,
                                          QJsonArray { u"delivered"_s, u"opens"_s, u"opens_unique"_s, u"clicks"_s,
                                              u"clicks_unique"_s, u"conversions"_s, u"recipients"_s } },
                            { u"timeframe"_s, QJsonObject { { u"key"_s, u"last_365_days"_s } } },
                            { u"conversion_metric_id"_s, placedOrder } } } } } })
                                    .toJson(QJsonDocument::Compact);
        const bool flows = type == u"flow-values-report"_s;
        const HttpResponse r = engine.handle(apiRequest(
            "POST", flows ? "/api/flow-values-reports" : "/api/campaign-values-reports", body, "2025-10-15"));
        QCOMPARE(r.status, 200);
        const QJsonArray rows =
            json(r).value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"results"_s).toArray();
        QVERIFY2(rows.size() >= (flows ? 8 : 15), qPrintable(type + u": "_s + QString::number(rows.size())));
        int smsRows = 0;
        for (const QJsonValue& row : rows) {
            const QJsonObject st = row.toObject().value(u"statistics"_s).toObject();
            const QString what = QString::fromUtf8(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact));
            const bool sms =
                row.toObject().value(u"groupings"_s).toObject().value(u"send_channel"_s).toString() == u"sms"_s;
            QVERIFY2(st.value(u"delivered"_s).toDouble() > 0, qPrintable(what));
            QVERIFY2(st.value(u"delivered"_s).toDouble() <= st.value(u"recipients"_s).toDouble(), qPrintable(what));
            QVERIFY2(st.value(u"opens_unique"_s).toDouble() <= st.value(u"delivered"_s).toDouble(), qPrintable(what));
            QVERIFY2(st.value(u"opens_unique"_s).toDouble() <= st.value(u"opens"_s).toDouble(), qPrintable(what));
            QVERIFY2(st.value(u"clicks_unique"_s).toDouble() <= st.value(u"clicks"_s).toDouble(), qPrintable(what));
            QVERIFY2(st.value(u"clicks_unique"_s).toDouble() <= st.value(u"delivered"_s).toDouble(), qPrintable(what));
            QVERIFY2(st.value(u"conversions"_s).toDouble()
                    <= st.value(u"clicks"_s).toDouble() + st.value(u"opens_unique"_s).toDouble(),
                qPrintable(what));
            if (sms) {
                ++smsRows;
                QCOMPARE(st.value(u"opens"_s).toDouble(), 0.0); // SMS has no open tracking
                continue;
            }
            QVERIFY2(
                st.value(u"opens_unique"_s).toDouble() > 0.1 * st.value(u"delivered"_s).toDouble(), qPrintable(what));
            // Bot clicks come without an open, so unique clickers may exceed unique openers by that much.
            QVERIFY2(st.value(u"clicks_unique"_s).toDouble()
                    <= st.value(u"opens_unique"_s).toDouble() + 0.02 * st.value(u"delivered"_s).toDouble(),
                qPrintable(what));
            QVERIFY2(st.value(u"clicks"_s).toDouble() <= st.value(u"opens"_s).toDouble(), qPrintable(what));
        }
        QVERIFY2(smsRows > 0, qPrintable(type)); // both channels are covered
    }
}

void TestDemoGenerator::ordersAreAttributedInsideTheWindow()
{
    const DemoStore& s = *m_store;
    const int messageKey = s.keyId(u"$message");
    const int attributedKey = s.keyId(u"$attributed_message");
    const int channelKey = s.keyId(u"$attributed_channel");
    QVERIFY(messageKey >= 0 && attributedKey >= 0 && channelKey >= 0);
    // (message value id, profile) -> engagement times
    std::map<std::pair<int, int>, std::vector<qint64>> touches;
    for (const QString& name : { u"Opened Email"_s, u"Clicked Email"_s, u"Clicked SMS"_s }) {
        for (const auto& e : s.events(s.metricIndexByName(name)))
            touches[{ s.tupleValue(e.tuple, messageKey), e.profile }].push_back(e.timeMs);
    }
    int attributed = 0;
    for (const auto& o : s.events(s.metricIndexByName(u"Placed Order"))) {
        const int message = s.tupleValue(o.tuple, attributedKey);
        if (message < 0)
            continue;
        ++attributed;
        const bool sms = s.value(s.tupleValue(o.tuple, channelKey)).text == u"sms"_s;
        const qint64 window = (sms ? 1 : 5) * 86'400'000LL;
        const auto it = touches.find({ message, o.profile });
        QVERIFY2(it != touches.end(), "an attributed order without an open or click of that message");
        bool inside = false;
        for (const qint64 t : it->second)
            inside |= t <= o.timeMs && o.timeMs - t <= window;
        QVERIFY2(inside, qPrintable(calendar::formatUtcIso(o.timeMs)));
        QVERIFY(o.value > 0);
    }
    QVERIFY(attributed > 50);
}

void TestDemoGenerator::blackFridayAndWeeklyRhythmShow()
{
    const DemoStore& s = *m_store;
    // Black Friday 2024 is Nov 29.
    auto countOn = [&](const QString& metric, QDate day) {
        const qint64 from = calendar::startOfDay(day, s.zone);
        const qint64 to = calendar::startOfDay(day.addDays(1), s.zone);
        const auto& events = s.events(s.metricIndexByName(metric));
        int n = 0;
        for (const auto& e : events)
            n += e.timeMs >= from && e.timeMs < to;
        return n;
    };
    double october = 0;
    for (int d = 1; d <= 28; ++d)
        october += countOn(u"Active on Site"_s, QDate(2024, 10, d));
    october /= 28;
    QVERIFY2(countOn(u"Active on Site"_s, QDate(2024, 11, 29)) > 2.2 * october, "no Black Friday peak");
    // Weekends are quieter than midweek over a year of site traffic.
    std::array<double, 8> byWeekday {};
    const auto& active = s.events(s.metricIndexByName(u"Active on Site"));
    for (const auto& e : active)
        byWeekday[size_t(QDateTime::fromMSecsSinceEpoch(e.timeMs, s.zone).date().dayOfWeek())] += 1;
    QVERIFY(byWeekday[6] < byWeekday[2]);
    QVERIFY(byWeekday[6] < byWeekday[3]);
    // December orders beat February's.
    int december = 0;
    int february = 0;
    for (const auto& e : s.events(s.metricIndexByName(u"Placed Order"))) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(e.timeMs, s.zone).date();
        december += d.year() == 2024 && d.month() == 12;
        february += d.year() == 2025 && d.month() == 2;
    }
    QVERIFY2(december > february * 1.3, qPrintable(u"%1 vs %2"_s.arg(december).arg(february)));
    // Nothing after the anchor day.
    const qint64 end = calendar::startOfDay(kAnchor.addDays(1), s.zone);
    for (int m = 0; m < s.metrics.size(); ++m) {
        if (!s.events(m).empty())
            QVERIFY(s.events(m).back().timeMs < end);
    }
}

void TestDemoGenerator::eventsCarryTheDimensionsReportsGroupOn()
{
    const DemoStore& s = *m_store;
    auto keysOf = [&](const QString& metric) {
        QSet<QString> keys;
        for (const qint32 t : s.distinctTuples(s.metricIndexByName(metric))) {
            for (const auto& [k, v] : s.tuple(t))
                keys.insert(s.keyName(k));
        }
        return keys;
    };
    const QSet<QString> opened = keysOf(u"Opened Email"_s);
    for (const QString& k : { u"$message"_s, u"$flow"_s, u"Campaign Name"_s, u"Subject"_s, u"Client Name"_s, u"Email Domain"_s, u"$variation"_s })
        QVERIFY2(opened.contains(k), qPrintable(k));
    QVERIFY(keysOf(u"Clicked Email"_s).contains(u"URL"_s));
    QVERIFY(keysOf(u"Clicked Email"_s).contains(u"Bot Click"_s));
    QVERIFY(keysOf(u"Bounced Email"_s).contains(u"Bounce Type"_s));
    QVERIFY(keysOf(u"Subscribed to List"_s).contains(u"List"_s));
    QVERIFY(keysOf(u"Submitted Form"_s).contains(u"form_id"_s));
    const QSet<QString> order = keysOf(u"Placed Order"_s);
    for (const QString& k : { u"$attributed_message"_s, u"$attributed_flow"_s, u"$attributed_channel"_s, u"$value_currency"_s })
        QVERIFY2(order.contains(k), qPrintable(k));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
