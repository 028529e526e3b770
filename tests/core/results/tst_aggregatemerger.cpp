// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>

#include <QtTest>

#include "results/aggregateparser.h"
#include "syntheticaggregate.h"
#include "util/calendar.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000;
const qint64 kBase = 1717200000000; // 2024-06-01T00:00:00Z

std::vector<qint64> hours(int from, int count)
{
    std::vector<qint64> out;
    for (int i = 0; i < count; ++i)
        out.push_back(kBase + qint64(from + i) * kHour);
    return out;
}

struct RowSpec
{
    QStringList dimensions;
    std::vector<std::vector<double>> values;
};

AggregatePage page(std::vector<qint64> dates, const QStringList& measurements, std::vector<RowSpec> rows)
{
    AggregatePage p;
    p.dates = std::move(dates);
    p.measurements = measurements;
    for (auto& r : rows)
        p.rows.push_back({ r.dimensions, std::move(r.values) });
    return p;
}

AggregateResult skeleton(const QStringList& by, QList<Measurement> measurements)
{
    AggregateResult r;
    r.metricId = u"PhqdJM"_s;
    r.metricName = u"Placed Order"_s;
    r.timezone = u"UTC"_s;
    r.interval = Interval::Hour;
    r.by = by;
    r.measurements = std::move(measurements);
    return r;
}

const AggregateResult::Group* findGroup(const AggregateResult& r, const QStringList& dims)
{
    for (const auto& g : r.groups) {
        if (g.dimensions == dims)
            return &g;
    }
    return nullptr;
}

// (group tuple, measurement, date) → value: a layout-independent view for comparisons.
std::map<std::tuple<QString, int, qint64>, double> cells(const AggregateResult& r)
{
    std::map<std::tuple<QString, int, qint64>, double> out;
    for (const auto& g : r.groups) {
        for (size_t m = 0; m < g.values.size(); ++m) {
            for (size_t d = 0; d < r.dates.size(); ++d)
                out[{ g.dimensions.join(u'\x1f'), int(m), r.dates[d] }] = g.values[m][d];
        }
    }
    return out;
}

} // namespace

class TestAggregateMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesOfOneChunkAddGroups()
    {
        AggregateMerger merger(skeleton({ u"$flow"_s }, { Measurement::Count }));
        merger.addPage(
            page(hours(0, 3), { u"count"_s }, { { { u"A"_s }, { { 1, 2, 3 } } }, { { u"B"_s }, { { 4, 5, 6 } } } }));
        merger.addPage(page(hours(0, 3), { u"count"_s }, { { { u"C"_s }, { { 7, 8, 9 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 3));
        QCOMPARE(r.groups.size(), size_t(3));
        QCOMPARE(r.groups[0].dimensions, QStringList { u"A"_s });
        QCOMPARE(r.groups[2].dimensions, QStringList { u"C"_s });
        QCOMPARE(r.groups[1].values[0], (std::vector<double> { 4, 5, 6 }));
        QCOMPARE(r.groups[2].values[0], (std::vector<double> { 7, 8, 9 }));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.metricId, u"PhqdJM"_s);
        QCOMPARE(r.requestCount, 0); // left to the caller
    }

    void chunksContinueDatesAndPadMissingGroups()
    {
        AggregateMerger merger(skeleton({ u"$flow"_s }, { Measurement::Count, Measurement::SumValue }));
        const QStringList m { u"count"_s, u"sum_value"_s };
        merger.addPage(
            page(hours(0, 2), m, { { { u"A"_s }, { { 1, 2 }, { 10, 20 } } }, { { u"C"_s }, { { 5, 5 }, { 1, 1 } } } }));
        merger.addPage(page(hours(2, 3), m, { { { u"A"_s }, { { 3, 4, 5 }, { 30, 40, 50 } } } }));
        merger.addPage(page(hours(2, 3), m, { { { u"B"_s }, { { 7, 8, 9 }, { 0.5, 0.25, 0 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 5));
        QCOMPARE(r.groups.size(), size_t(3));
        const auto* a = findGroup(r, { u"A"_s });
        const auto* b = findGroup(r, { u"B"_s });
        const auto* c = findGroup(r, { u"C"_s });
        QVERIFY(a && b && c);
        QCOMPARE(a->values[0], (std::vector<double> { 1, 2, 3, 4, 5 }));
        QCOMPARE(a->values[1], (std::vector<double> { 10, 20, 30, 40, 50 }));
        QCOMPARE(b->values[0], (std::vector<double> { 0, 0, 7, 8, 9 }));
        QCOMPARE(b->values[1], (std::vector<double> { 0, 0, 0.5, 0.25, 0 }));
        QCOMPARE(c->values[0], (std::vector<double> { 5, 5, 0, 0, 0 }));
        QVERIFY(r.warnings.isEmpty());
    }

    // A generated response cut into chunks (by dates) and pages (by groups), with groups that are
    // idle in a chunk left out as the API does: merging gives back exactly the uncut response.
    void stitchingLosesAndDoublesNothing_data()
    {
        QTest::addColumn<QList<int>>("chunkSizes");
        QTest::addColumn<int>("pageSize");
        QTest::addRow("one chunk one page") << QList<int> { 120 } << 50;
        QTest::addRow("one chunk, pages of 3") << QList<int> { 120 } << 3;
        QTest::addRow("three chunks, pages of 4") << QList<int> { 40, 40, 40 } << 4;
        QTest::addRow("uneven chunks, pages of 1") << QList<int> { 1, 59, 7, 53 } << 1;
        QTest::addRow("twelve chunks, pages of 5")
            << QList<int> { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 } << 5;
    }
    void stitchingLosesAndDoublesNothing()
    {
        QFETCH(QList<int>, chunkSizes);
        QFETCH(int, pageSize);
        const QStringList m { u"count"_s, u"sum_value"_s, u"unique"_s };
        const auto whole = parseAggregatePage(test::makeAggregateResponse(13, m, 120, 5), nullptr);
        QVERIFY(whole);

        AggregateResult expected;
        {
            AggregateMerger once(skeleton({ u"$message"_s }, {}));
            AggregatePage copy = *whole;
            once.addPage(std::move(copy));
            expected = once.take();
        }
        QCOMPARE(expected.measurements,
            (QList<Measurement> { Measurement::Count, Measurement::SumValue, Measurement::Unique }));

        AggregateMerger merger(skeleton({ u"$message"_s }, {}));
        int start = 0;
        int requests = 0;
        for (const int size : chunkSizes) {
            std::vector<AggregatePage::Row> active;
            for (const auto& row : whole->rows) {
                AggregatePage::Row cut { row.dimensions, {} };
                bool any = false;
                for (const auto& series : row.values) {
                    cut.values.emplace_back(series.begin() + start, series.begin() + start + size);
                    for (const double v : cut.values.back())
                        any = any || v != 0;
                }
                if (any)
                    active.push_back(std::move(cut));
            }
            const std::vector<qint64> dates(whole->dates.begin() + start, whole->dates.begin() + start + size);
            for (size_t first = 0; first == 0 || first < active.size(); first += size_t(pageSize)) {
                AggregatePage p;
                p.dates = dates;
                p.measurements = m;
                for (size_t i = first; i < std::min(active.size(), first + size_t(pageSize)); ++i)
                    p.rows.push_back(active[i]);
                merger.addPage(std::move(p));
                ++requests;
            }
            start += size;
        }
        QCOMPARE(start, 120);
        const AggregateResult got = merger.take();
        QCOMPARE(got.dates, whole->dates);
        QCOMPARE(got.groups.size(), expected.groups.size());
        QVERIFY(cells(got) == cells(expected));
        QVERIFY2(got.warnings.isEmpty(), qPrintable(got.warnings.join(u'\n')));
        QVERIFY(requests >= chunkSizes.size());
    }

    // The skeleton's range only sizes the storage: too short, exact or too long, same result.
    void rangeHintDoesNotChangeTheResult_data()
    {
        QTest::addColumn<int>("rangeHours");
        QTest::addRow("no range") << 0;
        QTest::addRow("too short") << 7;
        QTest::addRow("exact") << 60;
        QTest::addRow("too long") << 5000;
    }
    void rangeHintDoesNotChangeTheResult()
    {
        QFETCH(int, rangeHours);
        const QStringList m { u"count"_s, u"unique"_s };
        const auto whole = parseAggregatePage(test::makeAggregateResponse(4, m, 60, 3), nullptr);
        QVERIFY(whole);
        AggregateResult s = skeleton({ u"$flow"_s }, {});
        s.rangeStartUtcMs = whole->dates.front();
        s.rangeEndUtcMs = whole->dates.front() + qint64(rangeHours) * kHour;
        AggregateMerger merger(s);
        for (int start = 0; start < 60; start += 20) {
            AggregatePage p;
            p.measurements = m;
            p.dates.assign(whole->dates.begin() + start, whole->dates.begin() + start + 20);
            for (const auto& row : whole->rows) {
                AggregatePage::Row cut { row.dimensions, {} };
                for (const auto& series : row.values)
                    cut.values.emplace_back(series.begin() + start, series.begin() + start + 20);
                p.rows.push_back(std::move(cut));
            }
            merger.addPage(std::move(p));
        }
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, whole->dates);
        QCOMPARE(r.groups.size(), whole->rows.size());
        for (size_t g = 0; g < r.groups.size(); ++g)
            QCOMPARE(r.groups[g].values, whole->rows[g].values);
        QCOMPARE(r.rangeEndUtcMs, s.rangeEndUtcMs);
    }

    void emptyAndBlankDimensionsAreOneGroup()
    {
        AggregateMerger merger(skeleton({ u"$attributed_flow"_s }, { Measurement::Count }));
        merger.addPage(page(hours(0, 2), { u"count"_s }, { { {}, { { 1, 1 } } }, { { u"X"_s }, { { 2, 2 } } } }));
        merger.addPage(page(hours(0, 2), { u"count"_s }, { { { QString() }, { { 3, 0 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.groups.size(), size_t(2));
        QCOMPARE(r.groups[0].dimensions, QStringList { QString() });
        QCOMPARE(r.groups[0].values[0], (std::vector<double> { 4, 1 })); // added, not replaced
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].contains(u"appeared twice"_s), qPrintable(r.warnings[0]));
    }

    void noByMeansOneGroupWithNoDimensions()
    {
        AggregateMerger merger(skeleton({}, { Measurement::Count }));
        merger.addPage(page(hours(0, 1), { u"count"_s }, { { { QString() }, { { 1679 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.groups.size(), size_t(1));
        QVERIFY(r.groups[0].dimensions.isEmpty());
        QCOMPARE(r.groups[0].values[0], std::vector<double> { 1679 });
    }

    void duplicateBucketAcrossChunksIsCombinedAndReported()
    {
        AggregateMerger merger(
            skeleton({ u"$flow"_s }, { Measurement::Count, Measurement::SumValue, Measurement::Unique }));
        const QStringList m { u"count"_s, u"sum_value"_s, u"unique"_s };
        merger.addPage(page(hours(0, 3), m, { { { u"A"_s }, { { 1, 2, 3 }, { 10, 20, 30 }, { 1, 2, 3 } } } }));
        merger.addPage(page(hours(2, 2), m, { { { u"A"_s }, { { 4, 5 }, { 40, 50 }, { 2, 4 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 4));
        QCOMPARE(r.groups[0].values[0], (std::vector<double> { 1, 2, 7, 5 })); // count added
        QCOMPARE(r.groups[0].values[1], (std::vector<double> { 10, 20, 70, 50 })); // sum_value added
        QCOMPARE(r.groups[0].values[2], (std::vector<double> { 1, 2, 3, 4 })); // larger unique
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].startsWith(u"1 bucket(s) starting at 2024-06-01T02:00:00+00:00"_s),
            qPrintable(r.warnings[0]));
    }

    void duplicateWarningShowsLocalTime()
    {
        AggregateResult s = skeleton({}, { Measurement::Count });
        s.timezone = u"America/New_York"_s;
        AggregateMerger merger(s);
        merger.addPage(page(hours(0, 2), { u"count"_s }, { { {}, { { 1, 1 } } } }));
        merger.addPage(page(hours(0, 2), { u"count"_s }, {})); // same dates: same chunk, no rows
        merger.beginChunk();
        merger.addPage(page(hours(0, 2), { u"count"_s }, { { {}, { { 1, 1 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.groups[0].values[0], (std::vector<double> { 2, 2 }));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].startsWith(u"2 bucket(s) starting at 2024-05-31T20:00:00-04:00"_s),
            qPrintable(r.warnings[0]));
    }

    void chunkArrivingOutOfOrderIsPlacedByDate()
    {
        AggregateMerger merger(skeleton({ u"$flow"_s }, { Measurement::Count }));
        merger.addPage(page(hours(3, 2), { u"count"_s }, { { { u"A"_s }, { { 4, 5 } } } }));
        merger.addPage(
            page(hours(0, 3), { u"count"_s }, { { { u"A"_s }, { { 1, 2, 3 } } }, { { u"B"_s }, { { 9, 9, 9 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 5));
        QCOMPARE(findGroup(r, { u"A"_s })->values[0], (std::vector<double> { 1, 2, 3, 4, 5 }));
        QCOMPARE(findGroup(r, { u"B"_s })->values[0], (std::vector<double> { 9, 9, 9, 0, 0 }));
        QVERIFY(r.warnings.isEmpty());
    }

    void emptyChunkStillAddsItsDates()
    {
        AggregateMerger merger(skeleton({ u"$flow"_s }, { Measurement::Count }));
        merger.addPage(page(hours(0, 2), { u"count"_s }, { { { u"A"_s }, { { 1, 2 } } } }));
        merger.addPage(page(hours(2, 2), {}, {}));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 4));
        QCOMPARE(r.groups[0].values[0], (std::vector<double> { 1, 2, 0, 0 }));
    }

    void measurementsMapToTheSkeletonOrder()
    {
        AggregateMerger merger(skeleton({}, { Measurement::Unique, Measurement::Count, Measurement::SumValue }));
        merger.addPage(page(hours(0, 1), { u"count"_s, u"unique"_s }, { { {}, { { 5 }, { 3 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.groups[0].values.size(), size_t(3));
        QCOMPARE(r.groups[0].values[0], std::vector<double> { 3 }); // unique
        QCOMPARE(r.groups[0].values[1], std::vector<double> { 5 }); // count
        QCOMPARE(r.groups[0].values[2], std::vector<double> { 0 }); // sum_value not in the response
    }

    void measurementsComeFromThePageWhenTheSkeletonHasNone()
    {
        AggregateMerger merger(skeleton({}, {}));
        merger.addPage(page(hours(0, 1), { u"sum_value"_s, u"future"_s }, { { {}, { { 2.5 }, { 9 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.measurements, QList<Measurement> { Measurement::SumValue });
        QCOMPARE(r.groups[0].values, (std::vector<std::vector<double>> { { 2.5 } }));
    }

    void takeLeavesOnlyTheMetadata()
    {
        AggregateMerger merger(skeleton({ u"$flow"_s }, { Measurement::Count }));
        merger.addPage(page(hours(0, 1), { u"count"_s }, { { { u"A"_s }, { { 1 } } } }));
        const AggregateResult first = merger.take();
        QCOMPARE(first.groups.size(), size_t(1));
        const AggregateResult second = merger.take();
        QVERIFY(second.isEmpty());
        QVERIFY(second.dates.empty());
        QCOMPARE(second.by, QStringList { u"$flow"_s });
        QCOMPARE(second.metricName, u"Placed Order"_s);
        merger.addPage(page(hours(5, 1), { u"count"_s }, { { { u"A"_s }, { { 7 } } } }));
        const AggregateResult third = merger.take();
        QCOMPARE(third.dates, hours(5, 1));
        QCOMPARE(third.groups[0].values[0], std::vector<double> { 7 });
    }

    void skeletonDatesAndGroupsAreIgnored()
    {
        AggregateResult s = skeleton({ u"$flow"_s }, { Measurement::Count });
        s.dates = hours(0, 2);
        s.groups.push_back({ { u"stale"_s }, { { 1, 1 } } });
        AggregateMerger merger(s);
        merger.addPage(page(hours(0, 1), { u"count"_s }, { { { u"A"_s }, { { 1 } } } }));
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, hours(0, 1));
        QCOMPARE(r.groups.size(), size_t(1));
    }

    void mergesAYearOfHourlyDataInMonthlyChunks()
    {
        const QStringList m { u"count"_s, u"sum_value"_s, u"unique"_s };
        const auto whole = parseAggregatePage(test::makeAggregateResponse(100, m, 8760, 11), nullptr);
        QVERIFY(whole);
        double expectedTotal = 0;
        for (const auto& row : whole->rows)
            for (const double v : row.values[1])
                expectedTotal += v;
        AggregateMerger merger(
            skeleton({ u"$message"_s }, { Measurement::Count, Measurement::SumValue, Measurement::Unique }));
        for (int month = 0; month < 12; ++month) {
            const int start = month * 730;
            AggregatePage p;
            p.measurements = m;
            p.dates.assign(whole->dates.begin() + start, whole->dates.begin() + start + 730);
            for (const auto& row : whole->rows) {
                AggregatePage::Row cut { row.dimensions, {} };
                for (const auto& series : row.values)
                    cut.values.emplace_back(series.begin() + start, series.begin() + start + 730);
                p.rows.push_back(std::move(cut));
            }
            merger.addPage(std::move(p));
        }
        const AggregateResult r = merger.take();
        QCOMPARE(r.dates, whole->dates);
        QCOMPARE(r.groups.size(), size_t(100));
        double total = 0;
        for (const auto& g : r.groups)
            for (const double v : g.values[1])
                total += v;
        QCOMPARE(total, expectedTotal);
        QCOMPARE(r.groups[7].values[2], whole->rows[7].values[2]);
    }
};

QTEST_APPLESS_MAIN(TestAggregateMerger)
#include "tst_aggregatemerger.moc"
