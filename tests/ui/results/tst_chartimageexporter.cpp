// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "resultfixtures.h"
#include "results/chartimageexporter.h"

using namespace kx;

namespace {

std::shared_ptr<const PreparedResult> fixture()
{
    return PreparedResult::create(
        test::syntheticResult(5, 2, 24 * 60, Interval::Hour, QStringLiteral("America/New_York")), QLocale::c());
}

/// Pixels in @p rect that differ from the background colour.
int inkedPixels(const QImage& image, const QRect& rect)
{
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (image.pixel(x, y) != background)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestChartImageExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void pngHasRequestedSizeAndDrawnContent_data();
    void pngHasRequestedSizeAndDrawnContent();
    void svgHasViewBoxPathsAndTitle();
    void exportDoesNotDependOnAWindowOrZoomState();
    void savesFilesAndReportsErrors();
    void captionNamesMetricRangeTimezoneFiltersAndTime();
    void copiesImageToClipboard();
    void darkExportHasDarkBackground();
    void emptyResultStillRendersTitle();
};

void TestChartImageExporter::pngHasRequestedSizeAndDrawnContent_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    QTest::addRow("800x600@96") << QSize(800, 600) << 96.0;
    QTest::addRow("1600x900@192") << QSize(1600, 900) << 192.0;
    QTest::addRow("640x480@72") << QSize(640, 480) << 72.0;
}

void TestChartImageExporter::pngHasRequestedSizeAndDrawnContent()
{
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    ChartImageExporter exporter(fixture());
    ChartImageOptions options;
    options.pixelSize = size;
    options.dpi = dpi;
    options.title = QStringLiteral("Orders per hour");
    options.caption = { QStringLiteral("Metric: Synthetic"), QStringLiteral("Timezone: America/New_York") };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(exporter.writePng(&buffer, options, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.loadFromData(buffer.data(), "PNG"));
    QCOMPARE(image.size(), size);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.pixel(0, 0), QColor(Qt::white).rgb());

    const double scale = dpi / 96.0;
    // Title band: the top ~40 logical pixels; caption band: the bottom ~30; plot: the middle.
    const QRect titleArea(0, 0, size.width(), int(40 * scale));
    const QRect captionArea(0, size.height() - int(30 * scale), size.width(), int(30 * scale));
    const QRect plotArea(size.width() / 8, size.height() / 4, size.width() * 3 / 4, size.height() / 2);
    QVERIFY2(inkedPixels(image, titleArea) > 50 * scale * scale, "title drawn");
    QVERIFY2(inkedPixels(image, captionArea) > 50 * scale * scale, "caption drawn");
    QVERIFY2(inkedPixels(image, plotArea) > plotArea.width() * 2, "lines drawn in the plot");
    QCOMPARE(exporter.renderImage(options).size(), size);
}

void TestChartImageExporter::svgHasViewBoxPathsAndTitle()
{
    ChartImageExporter exporter(fixture());
    ChartImageOptions options;
    options.pixelSize = QSize(1200, 700);
    options.dpi = 144;
    options.title = QStringLiteral("Revenue & orders");
    options.caption = { QStringLiteral("Filters: equals(Country,\"US\")") };
    QBuffer buffer;
    QString error;
    QVERIFY2(exporter.writeSvg(&buffer, options, &error), qPrintable(error));
    const QString svg = QString::fromUtf8(buffer.data());
    if (qEnvironmentVariableIsSet("KX_DUMP_SVG")) {
        QFile dump(qEnvironmentVariable("KX_DUMP_SVG"));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(buffer.data());
    }
    QVERIFY2(svg.contains(QStringLiteral("viewBox=\"0 0 1200 700\"")), qPrintable(svg.left(600)));
    // One path per line (5 groups × 2 measurements, top 10), not one element per segment.
    QVERIFY2(svg.count(QStringLiteral("<path")) >= 10, qPrintable(QString::number(svg.count(QStringLiteral("<path")))));
    QVERIFY(svg.count(QStringLiteral("<polyline")) < 500);
    QVERIFY(svg.contains(QStringLiteral("<title>Revenue &amp; orders</title>")));
    QVERIFY(svg.contains(QStringLiteral(">Revenue &amp; orders<"))); // drawn title text
    QXmlStreamReader xml(buffer.data());
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg.contains(QStringLiteral("Synthetic")) || svg.contains(QStringLiteral("G0")));
    QVERIFY(svg.contains(QStringLiteral("G0"))); // legend text
    // Physical size from the DPI: 1200 px at 144 dpi = 211.67 mm.
    QVERIFY2(
        QRegularExpression(QStringLiteral("width=\"211\\.\\d+mm\"")).match(svg).hasMatch(), qPrintable(svg.left(600)));
}

void TestChartImageExporter::exportDoesNotDependOnAWindowOrZoomState()
{
    const auto data = fixture();
    ChartBuilder builder;
    builder.setResult(data);
    builder.setChartType(ChartBuilder::ChartType::Area);
    builder.setTopN(2);
    builder.setHiddenSeries({ builder.series()[1].key });
    builder.setVisibleRange(data->result.dates[100], data->result.dates[200]);
    ChartImageExporter exporter(data);
    exporter.copySettings(builder);
    ChartImageOptions options;
    options.pixelSize = QSize(900, 500);
    const QImage zoomed = exporter.renderImage(options);
    QCOMPARE(zoomed.size(), QSize(900, 500));

    ChartImageExporter full(data);
    full.setChartType(ChartBuilder::ChartType::Area);
    full.setTopN(2);
    const QImage whole = full.renderImage(options);
    QVERIFY(zoomed != whole);
    // The same settings render the same picture: nothing depends on state outside the exporter.
    QCOMPARE(exporter.renderImage(options), zoomed);
}

void TestChartImageExporter::savesFilesAndReportsErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartImageExporter exporter(fixture());
    ChartImageOptions options;
    options.pixelSize = QSize(400, 300);
    QString error;
    QVERIFY(exporter.saveFile(dir.filePath(QStringLiteral("c.png")), ChartImageExporter::Format::Png, options, &error));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("c.png"))).size(), QSize(400, 300));
    QVERIFY(exporter.saveFile(dir.filePath(QStringLiteral("c.svg")), ChartImageExporter::Format::Svg, options, &error));
    QFile svg(dir.filePath(QStringLiteral("c.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));

    const QString bad = dir.filePath(QStringLiteral("missing/dir/c.png"));
    QVERIFY(!exporter.saveFile(bad, ChartImageExporter::Format::Png, options, &error));
    QVERIFY2(error.contains(bad), qPrintable(error));
}

void TestChartImageExporter::captionNamesMetricRangeTimezoneFiltersAndTime()
{
    const auto data = PreparedResult::create(test::countryResult(), QLocale::c());
    const QDateTime at(QDate(2024, 2, 1), QTime(9, 30), QTimeZone::utc());
    const QStringList lines = ChartImageExporter::captionLines(*data, QStringLiteral("equals(Country,\"US\")"), at);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("Metric: Placed Order"));
    QVERIFY(lines[1].startsWith(QStringLiteral("Range: ")));
    QVERIFY(lines[1].contains(QLocale::c().toString(QDateTime(QDate(2024, 1, 1), QTime(0, 0)), QLocale::ShortFormat)));
    QCOMPARE(lines[2], QStringLiteral("Timezone: UTC"));
    QCOMPARE(lines[3], QStringLiteral("Filters: equals(Country,\"US\")"));
    QCOMPARE(lines[4], QStringLiteral("Generated at 2024-02-01T09:30:00+00:00"));
    QCOMPARE(ChartImageExporter::captionLines(*data, QString(), at)[3], QStringLiteral("No filters"));
}

void TestChartImageExporter::copiesImageToClipboard()
{
    QImage image(32, 16, QImage::Format_ARGB32);
    image.fill(Qt::red);
    ChartImageExporter::copyToClipboard(image);
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(32, 16));
}

void TestChartImageExporter::darkExportHasDarkBackground()
{
    ChartImageExporter exporter(fixture());
    ChartImageOptions options;
    options.pixelSize = QSize(300, 200);
    options.dark = true;
    const QImage image = exporter.renderImage(options);
    QVERIFY(QColor(image.pixel(0, 0)).lightness() < 60);
    QVERIFY(inkedPixels(image, QRect(0, 0, 300, 200)) > 500);
}

void TestChartImageExporter::emptyResultStillRendersTitle()
{
    AggregateResult empty;
    empty.metricName = QStringLiteral("Nothing here");
    ChartImageExporter exporter(PreparedResult::create(empty));
    ChartImageOptions options;
    options.pixelSize = QSize(300, 200);
    const QImage image = exporter.renderImage(options);
    QCOMPARE(image.size(), QSize(300, 200));
    QVERIFY(inkedPixels(image, QRect(0, 0, 300, 40)) > 20);
    ChartImageExporter none(nullptr);
    QCOMPARE(none.renderImage(options).size(), QSize(300, 200));
}

QTEST_MAIN(TestChartImageExporter)
#include "tst_chartimageexporter.moc"
