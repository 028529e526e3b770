// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/metricqueryeditor.h"
#include "shell/metriccatalogmodel.h"
#include "shell/metricfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace kx;

namespace {

MetricInfo metric(const QString& id, const QString& name, const QString& integration, const QString& category = {})
{
    MetricInfo m;
    m.id = id;
    m.name = name;
    m.integrationName = integration;
    m.integrationCategory = category;
    return m;
}

QList<MetricInfo> sampleMetrics()
{
    return {
        metric(QStringLiteral("S1"), QStringLiteral("Placed Order"), QStringLiteral("Shopify"), QStringLiteral("eCommerce")),
        metric(QStringLiteral("K1"), QStringLiteral("Opened Email"), QStringLiteral("Klaviyo")),
        metric(QStringLiteral("S2"), QStringLiteral("Checkout Started"), QStringLiteral("Shopify"), QStringLiteral("eCommerce")),
        metric(QStringLiteral("K2"), QStringLiteral("Clicked Email"), QStringLiteral("Klaviyo")),
        metric(QStringLiteral("A1"), QStringLiteral("Loyalty Points Earned"), QStringLiteral("API")),
        metric(QStringLiteral("X1"), QStringLiteral("Mystery"), QString()),
        metric(QStringLiteral("K3"), QStringLiteral("Received Email"), QStringLiteral("Klaviyo")),
    };
}

QStringList childNames(const QAbstractItemModel& model, int groupRow)
{
    QStringList names;
    const QModelIndex group = model.index(groupRow, 0);
    for (int r = 0; r < model.rowCount(group); ++r)
        names.append(model.index(r, 0, group).data().toString());
    return names;
}

} // namespace

class TestMetricCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByIntegrationSortedByName()
    {
        MetricCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetrics(sampleMetrics());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.integrations(),
            (QStringList { QStringLiteral("API"), QStringLiteral("Klaviyo"), QStringLiteral("No integration"), QStringLiteral("Shopify") }));
        QCOMPARE(childNames(model, 1),
            (QStringList { QStringLiteral("Clicked Email"), QStringLiteral("Opened Email"), QStringLiteral("Received Email") }));
        QCOMPARE(childNames(model, 3), (QStringList { QStringLiteral("Checkout Started"), QStringLiteral("Placed Order") }));
        const QModelIndex shopify = model.index(3, 0);
        QCOMPARE(shopify.data(MetricCatalogModel::MetricCountRole).toInt(), 2);
        QCOMPARE(shopify.data(MetricCatalogModel::IntegrationCategoryRole).toString(), QStringLiteral("eCommerce"));
        QVERIFY(shopify.data(MetricCatalogModel::IsGroupRole).toBool());
        QVERIFY(!model.metric(shopify));
        QVERIFY(!(model.flags(shopify) & Qt::ItemIsDragEnabled));
        const QModelIndex placed = model.index(1, 0, shopify);
        QCOMPARE(placed.data(MetricCatalogModel::MetricIdRole).toString(), QStringLiteral("S1"));
        QVERIFY(model.flags(placed) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.metric(placed)->name, QStringLiteral("Placed Order"));
        QCOMPARE(model.indexOfMetric(QStringLiteral("S1")), placed);
        QVERIFY(!model.indexOfMetric(QStringLiteral("nope")).isValid());
    }

    void replacingMetricsResetsTheTree()
    {
        MetricCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetrics(sampleMetrics());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMetrics({ metric(QStringLiteral("Z"), QStringLiteral("Only"), QStringLiteral("Zapier")) });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setMetrics({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dragCarriesMetricJson()
    {
        MetricCatalogModel model;
        model.setMetrics(sampleMetrics());
        const QModelIndex placed = model.indexOfMetric(QStringLiteral("S1"));
        std::unique_ptr<QMimeData> mime(model.mimeData({ placed }));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(kMetricMimeType)));
        const QJsonObject json = QJsonDocument::fromJson(mime->data(QString::fromLatin1(kMetricMimeType))).object();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("S1"));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Placed Order"));
        QCOMPARE(json.value(QStringLiteral("integration")).toString(), QStringLiteral("Shopify"));
        std::unique_ptr<QMimeData> none(model.mimeData({ model.index(0, 0) }));
        QVERIFY(!none);
    }

    void searchMatchesNameAndIntegration_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("visible");
        QTest::addColumn<int>("groups");
        QTest::addRow("empty") << QString() << 7 << 4;
        QTest::addRow("name, any case") << QStringLiteral("email") << 3 << 1;
        QTest::addRow("integration") << QStringLiteral("shopify") << 2 << 1;
        QTest::addRow("two words, both must match") << QStringLiteral("shopify order") << 1 << 1;
        QTest::addRow("across groups") << QStringLiteral("e") << 7 << 4;
        QTest::addRow("nothing") << QStringLiteral("zzz") << 0 << 0;
    }

    void searchMatchesNameAndIntegration()
    {
        QFETCH(QString, search);
        QFETCH(int, visible);
        QFETCH(int, groups);
        MetricCatalogModel model;
        model.setMetrics(sampleMetrics());
        MetricFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(search);
        QCOMPARE(proxy.visibleMetricCount(), visible);
        QCOMPARE(proxy.rowCount(), groups);
    }

    void integrationFilterAndGroupCounts()
    {
        MetricCatalogModel model;
        model.setMetrics(sampleMetrics());
        MetricFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&proxy, &MetricFilterProxyModel::filterChanged);
        proxy.setIntegration(QStringLiteral("Klaviyo"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Klaviyo (3)"));
        proxy.setSearchText(QStringLiteral("opened"));
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Klaviyo (1)"));
        QCOMPARE(proxy.visibleMetricCount(), 1);
        proxy.setIntegration(QStringLiteral("No integration"));
        QCOMPARE(proxy.visibleMetricCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.visibleMetricCount(), 1);
        proxy.setIntegration(QString());
        QCOMPARE(proxy.visibleMetricCount(), 7);
    }
};

QTEST_GUILESS_MAIN(TestMetricCatalogModel)
#include "tst_metriccatalogmodel.moc"
