// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "resultfixtures.h"
#include "results/resulttablemodel.h"
#include "results/resulttotalsmodel.h"

using namespace kx;
using kx::test::utcMs;

class TestResultTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void passesModelTesterInBothLayouts_data();
    void passesModelTesterInBothLayouts();
    void wideLayoutHasOneColumnPerSeries();
    void longLayoutHasOneRowPerDateGroupAndMeasurement();
    void emptyDimensionValueShowsNone();
    void nameProviderShowsNamesWithIdInToolTip();
    void datesShowInResultTimezone_data();
    void datesShowInResultTimezone();
    void repeatedWallTimeAtFallBackShowsOffset();
    void totalsAddAdditiveMeasurementsOnly();
    void totalsModelFollowsLayout();
    void proxySortsOnRawValues();
    void mimeDataHasHeaderTextAndHtml();
    void mimeDataFromProxyFollowsSortedOrder();
    void malformedResultIsRepairedNotCrashing();
};

void TestResultTableModel::passesModelTesterInBothLayouts_data()
{
    QTest::addColumn<int>("layout");
    QTest::addRow("wide") << int(ResultTableModel::Layout::Wide);
    QTest::addRow("long") << int(ResultTableModel::Layout::Long);
}

void TestResultTableModel::passesModelTesterInBothLayouts()
{
    QFETCH(int, layout);
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResultTotalsModel totals(&model);
    QAbstractItemModelTester totalsTester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLayoutMode(ResultTableModel::Layout(layout));
    model.setResult(test::countryResult());
    QVERIFY(model.rowCount() > 0);
    model.setLayoutMode(layout == int(ResultTableModel::Layout::Wide) ? ResultTableModel::Layout::Long
                                                                      : ResultTableModel::Layout::Wide);
    model.setResult(test::syntheticResult(4, 2, 30));
    model.setNameProvider(
        [](const QString&, const QString& value) -> QString { return value + QStringLiteral(" name"); });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(totals.rowCount(), 0);
}

void TestResultTableModel::wideLayoutHasOneColumnPerSeries()
{
    ResultTableModel model;
    model.setResult(test::countryResult());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 1 + 3 * 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Day"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("US · Count"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("US · Sum of values"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("US · Unique profiles"));
    QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("DE · Count"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, ResultTableModel::SeriesKeyRole).toString(),
        QStringLiteral("[\"US\",\"count\"]"));

    const QModelIndex count = model.index(1, 1);
    QCOMPARE(count.data().toString(), QStringLiteral("20"));
    QCOMPARE(count.data(ResultTableModel::RawValueRole).toDouble(), 20.0);
    QCOMPARE(count.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(2, 8).data().toString(), QStringLiteral("30.50"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1.50"));

    const QModelIndex date = model.index(0, 0);
    QCOMPARE(date.data(ResultTableModel::RawValueRole).toLongLong(), utcMs(2024, 1, 1));
    QCOMPARE(date.data().toString(), QLocale::c().toString(QDate(2024, 1, 1), QLocale::ShortFormat));
    QCOMPARE(date.data(Qt::ToolTipRole).toString(), QStringLiteral("2024-01-01T00:00:00+00:00"));
    QCOMPARE(model.columnKind(0), ResultTableModel::ColumnKind::Date);
    QCOMPARE(model.columnKind(4), ResultTableModel::ColumnKind::Value);
}

void TestResultTableModel::longLayoutHasOneRowPerDateGroupAndMeasurement()
{
    ResultTableModel model;
    QSignalSpy layoutSpy(&model, &ResultTableModel::layoutModeChanged);
    model.setResult(test::countryResult());
    model.setLayoutMode(ResultTableModel::Layout::Long);
    QCOMPARE(layoutSpy.count(), 1);
    QCOMPARE(model.rowCount(), 3 * 3 * 3);
    QCOMPARE(model.columnCount(), 4);
    const QStringList headers { QStringLiteral("Day"), QStringLiteral("Country"), QStringLiteral("Measurement"),
        QStringLiteral("Value") };
    for (int c = 0; c < 4; ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));

    // Row order: date, then group, then measurement. Row 14 = date 1, group 1 (""), measurement 2.
    QCOMPARE(model.index(14, 0).data(ResultTableModel::RawValueRole).toLongLong(), utcMs(2024, 1, 2));
    QCOMPARE(model.index(14, 1).data().toString(), QStringLiteral("(none)"));
    QCOMPARE(model.index(14, 2).data().toString(), QStringLiteral("Unique profiles"));
    QCOMPARE(model.index(14, 2).data(ResultTableModel::RawValueRole).toString(), QStringLiteral("unique"));
    QCOMPARE(model.index(14, 3).data(ResultTableModel::RawValueRole).toDouble(), 0.0);
    QCOMPARE(model.index(26, 1).data().toString(), QStringLiteral("DE"));
    QCOMPARE(model.index(26, 3).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(25, 3).data().toString(), QStringLiteral("30.50"));
    QVERIFY(!model.hasTotals());
}

void TestResultTableModel::emptyDimensionValueShowsNone()
{
    ResultTableModel model;
    model.setResult(test::countryResult());
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("(none) · Count"));
}

void TestResultTableModel::nameProviderShowsNamesWithIdInToolTip()
{
    AggregateResult r = test::countryResult();
    r.by = { QStringLiteral("$flow") };
    r.groups[0].dimensions = { QStringLiteral("01GMRWDSA0ARTAKE1SFX8JGXAY") };
    ResultTableModel model;
    model.setResult(r);
    QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
    model.setNameProvider([](const QString& dimension, const QString& value) {
        if (dimension == QStringLiteral("$flow") && value == QStringLiteral("01GMRWDSA0ARTAKE1SFX8JGXAY"))
            return QStringLiteral("Welcome <flow>");
        return QString();
    });
    QCOMPARE(headerSpy.count(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Welcome <flow> · Count"));
    const QString tip = model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("01GMRWDSA0ARTAKE1SFX8JGXAY")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Welcome <flow>")));
    // Values without a name stay as they are.
    QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("DE · Count"));
    // The series key keeps the id, so saved state survives renames.
    QCOMPARE(model.headerData(1, Qt::Horizontal, ResultTableModel::SeriesKeyRole).toString(),
        QStringLiteral("[\"01GMRWDSA0ARTAKE1SFX8JGXAY\",\"count\"]"));

    model.setLayoutMode(ResultTableModel::Layout::Long);
    const QModelIndex dimension = model.index(0, 1);
    QCOMPARE(dimension.data().toString(), QStringLiteral("Welcome <flow>"));
    QCOMPARE(dimension.data(Qt::ToolTipRole).toString(), QStringLiteral("01GMRWDSA0ARTAKE1SFX8JGXAY"));
    QCOMPARE(dimension.data(ResultTableModel::RawValueRole).toString(), QStringLiteral("01GMRWDSA0ARTAKE1SFX8JGXAY"));
    QVERIFY(!model.index(3, 1).data(Qt::ToolTipRole).isValid()); // "(none)" has no id
}

void TestResultTableModel::datesShowInResultTimezone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("bucket");
    QTest::addColumn<QString>("expected");
    const QLocale c = QLocale::c();
    // America/New_York midnights around the March 2023 DST change: 05:00Z, then 04:00Z.
    QTest::addRow("ny-day-before-dst") << QStringLiteral("America/New_York") << int(Interval::Day)
                                       << utcMs(2023, 3, 12, 5) << c.toString(QDate(2023, 3, 12), QLocale::ShortFormat);
    QTest::addRow("ny-day-after-dst") << QStringLiteral("America/New_York") << int(Interval::Day)
                                      << utcMs(2023, 3, 13, 4) << c.toString(QDate(2023, 3, 13), QLocale::ShortFormat);
    QTest::addRow("ny-hour-after-dst") << QStringLiteral("America/New_York") << int(Interval::Hour)
                                       << utcMs(2023, 3, 12, 7)
                                       << c.toString(QDateTime(QDate(2023, 3, 12), QTime(3, 0)), QLocale::ShortFormat);
    QTest::addRow("ny-hour-before-dst") << QStringLiteral("America/New_York") << int(Interval::Hour)
                                        << utcMs(2023, 3, 12, 6)
                                        << c.toString(QDateTime(QDate(2023, 3, 12), QTime(1, 0)), QLocale::ShortFormat);
    // Tokyo midnight is the previous UTC day: a machine-time (UTC) display would be a day early.
    QTest::addRow("tokyo-day") << QStringLiteral("Asia/Tokyo") << int(Interval::Day) << utcMs(2023, 3, 11, 15)
                               << c.toString(QDate(2023, 3, 12), QLocale::ShortFormat);
    QTest::addRow("ny-month") << QStringLiteral("America/New_York") << int(Interval::Month) << utcMs(2022, 12, 1, 5)
                              << QStringLiteral("December 2022");
}

void TestResultTableModel::datesShowInResultTimezone()
{
    QFETCH(QString, zone);
    QFETCH(int, interval);
    QFETCH(qint64, bucket);
    QFETCH(QString, expected);
    AggregateResult r = test::countryResult();
    r.timezone = zone;
    r.interval = Interval(interval);
    r.dates = { bucket };
    for (auto& group : r.groups) {
        for (auto& series : group.values)
            series.resize(1);
    }
    ResultTableModel model;
    model.setResult(r);
    QCOMPARE(model.index(0, 0).data().toString(), expected);
    QCOMPARE(model.index(0, 0).data(ResultTableModel::RawValueRole).toLongLong(), bucket);
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), calendar::formatUtcIso(bucket));
    QVERIFY(model.preparedResult()->problem.isEmpty());
}

void TestResultTableModel::repeatedWallTimeAtFallBackShowsOffset()
{
    // 2023-11-05 in New York: 01:00 EDT (05:00Z) and 01:00 EST (06:00Z) are both "1 AM".
    AggregateResult r = test::syntheticResult(1, 1, 4, Interval::Hour, QStringLiteral("America/New_York"));
    r.dates = { utcMs(2023, 11, 5, 4), utcMs(2023, 11, 5, 5), utcMs(2023, 11, 5, 6), utcMs(2023, 11, 5, 7) };
    ResultTableModel model;
    model.setResult(r);
    const QString first = model.index(1, 0).data().toString();
    const QString second = model.index(2, 0).data().toString();
    QVERIFY2(first != second, qPrintable(first));
    QVERIFY2(
        first.contains(QStringLiteral("01:00")) && first.contains(QStringLiteral("UTC\u221204:00")), qPrintable(first));
    QVERIFY2(second.contains(QStringLiteral("01:00")) && second.contains(QStringLiteral("UTC\u221205:00")),
        qPrintable(second));
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("00:00")));
    QVERIFY(!model.index(0, 0).data().toString().contains(QStringLiteral("UTC")));
    QVERIFY(model.index(3, 0).data().toString().contains(QStringLiteral("02:00")));
}

void TestResultTableModel::totalsAddAdditiveMeasurementsOnly()
{
    ResultTableModel model;
    model.setResult(test::countryResult());
    QVERIFY(model.hasTotals());
    QVERIFY(!model.total(0));
    QCOMPARE(model.total(1).value_or(-1), 60.0);
    QCOMPARE(model.total(2).value_or(-1), 7.0);
    QCOMPARE(model.total(8).value_or(-1), 60.5);
    QVERIFY(!model.total(3)); // unique profiles
    QVERIFY(!model.total(9));
    QCOMPARE(model.totalData(0, Qt::DisplayRole).toString(), QStringLiteral("Total"));
    QCOMPARE(model.totalData(1, Qt::DisplayRole).toString(), QStringLiteral("60"));
    QCOMPARE(model.totalData(8, Qt::DisplayRole).toString(), QStringLiteral("60.50"));
    QCOMPARE(model.totalData(3, Qt::DisplayRole).toString(), QStringLiteral("not additive"));
    QVERIFY(model.totalData(3, Qt::ToolTipRole).toString().contains(QStringLiteral("several")));
    QVERIFY(!model.totalData(3, ResultTableModel::RawValueRole).isValid());
    QVERIFY(!model.totalData(1, Qt::ToolTipRole).isValid());
}

void TestResultTableModel::totalsModelFollowsLayout()
{
    ResultTableModel model;
    ResultTotalsModel totals(&model);
    QAbstractItemModelTester tester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(totals.rowCount(), 0);
    model.setResult(test::countryResult());
    QCOMPARE(totals.rowCount(), 1);
    QCOMPARE(totals.columnCount(), model.columnCount());
    QCOMPARE(totals.index(0, 4).data().toString(), QStringLiteral("3"));
    QCOMPARE(totals.index(0, 6).data().toString(), QStringLiteral("not additive"));
    QCOMPARE(totals.headerData(4, Qt::Horizontal).toString(), model.headerData(4, Qt::Horizontal).toString());
    model.setLayoutMode(ResultTableModel::Layout::Long);
    QCOMPARE(totals.rowCount(), 0);
    model.setLayoutMode(ResultTableModel::Layout::Wide);
    QCOMPARE(totals.rowCount(), 1);
}

void TestResultTableModel::proxySortsOnRawValues()
{
    AggregateResult r = test::countryResult();
    // Dates whose labels do not sort alphabetically in date order ("10 Jan" < "9 Jan").
    r.dates = { utcMs(2024, 1, 9), utcMs(2024, 1, 10), utcMs(2024, 2, 1) };
    r.groups[0].values[0] = { 9, 100, 11 };
    ResultTableModel model;
    model.setResult(r);
    QSortFilterProxyModel proxy;
    proxy.setSortRole(ResultTableModel::RawValueRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(1, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("100"));
    QCOMPARE(proxy.index(1, 1).data().toString(), QStringLiteral("11"));
    QCOMPARE(proxy.index(2, 1).data().toString(), QStringLiteral("9"));
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ResultTableModel::RawValueRole).toLongLong(), utcMs(2024, 2, 1));
    QCOMPARE(proxy.index(2, 0).data(ResultTableModel::RawValueRole).toLongLong(), utcMs(2024, 1, 9));
}

void TestResultTableModel::mimeDataHasHeaderTextAndHtml()
{
    AggregateResult r = test::countryResult();
    r.groups[2].dimensions = { QStringLiteral("<DE & co>") };
    ResultTableModel model;
    model.setResult(r);
    const QModelIndexList selection { model.index(2, 1), model.index(0, 0), model.index(0, 1), model.index(2, 7) };
    std::unique_ptr<QMimeData> mime(ResultTableModel::mimeDataForSelection(selection));
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    const QString date0 = model.index(0, 0).data().toString();
    const QString expected =
        QStringLiteral("Day\tUS · Count\t<DE & co> · Count\n") + date0 + QStringLiteral("\t10\t\n\t30\t6\n");
    QCOMPARE(mime->text(), expected);
    const QString html = mime->html();
    QVERIFY2(html.contains(QStringLiteral("<th>&lt;DE &amp; co&gt; · Count</th>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<td align=\"right\">30</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>") + date0.toHtmlEscaped() + QStringLiteral("</td>")));
    QCOMPARE(html.count(QStringLiteral("<tr>")), 3);

    std::unique_ptr<QMimeData> empty(ResultTableModel::mimeDataForSelection({}));
    QVERIFY(empty->text().isEmpty());
}

void TestResultTableModel::mimeDataFromProxyFollowsSortedOrder()
{
    ResultTableModel model;
    model.setResult(test::countryResult());
    QSortFilterProxyModel proxy;
    proxy.setSortRole(ResultTableModel::RawValueRole);
    proxy.setSourceModel(&model);
    proxy.sort(1, Qt::DescendingOrder);
    std::unique_ptr<QMimeData> mime(
        ResultTableModel::mimeDataForSelection({ proxy.index(0, 1), proxy.index(1, 1), proxy.index(2, 1) }));
    QCOMPARE(mime->text(), QStringLiteral("US · Count\n30\n20\n10\n"));
}

void TestResultTableModel::malformedResultIsRepairedNotCrashing()
{
    AggregateResult r = test::countryResult();
    r.groups[0].values[1] = { 1.0 }; // too short
    r.groups[1].values.resize(1); // missing measurements
    r.groups[2].dimensions.clear(); // missing dimension value
    r.timezone = QStringLiteral("Mars/Olympus_Mons");
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(r);
    QVERIFY(!model.preparedResult()->problem.isEmpty());
    QVERIFY(model.preparedResult()->problem.contains(QStringLiteral("Mars/Olympus_Mons")));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1.00"));
    QCOMPARE(model.index(1, 2).data().toString(), QString());
    QVERIFY(!model.index(1, 2).data(ResultTableModel::RawValueRole).isValid());
    QCOMPARE(model.index(2, 5).data().toString(), QString());
    QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("(none) · Count"));
    QCOMPARE(model.total(2).value_or(-1), 1.0);
    model.setLayoutMode(ResultTableModel::Layout::Long);
    QCOMPARE(model.rowCount(), 27);
}

QTEST_MAIN(TestResultTableModel)
#include "tst_resulttablemodel.moc"
