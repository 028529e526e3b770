// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartimageexporter.h"
#include "util/savefile.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QClipboard>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace kx {

namespace {

constexpr double kMargin = 16;

QPalette exportPalette(bool dark)
{
    QPalette palette;
    const QColor background = dark ? QColor(0x20, 0x22, 0x26) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    for (const auto role : { QPalette::Window, QPalette::Base })
        palette.setColor(role, background);
    for (const auto role : { QPalette::WindowText, QPalette::Text })
        palette.setColor(role, text);
    return palette;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

ChartImageExporter::ChartImageExporter(std::shared_ptr<const PreparedResult> result)
    : m_data(std::move(result))
{
}

void ChartImageExporter::copySettings(const ChartBuilder& builder)
{
    m_type = builder.chartType();
    m_topN = builder.topN();
    m_hidden = builder.hiddenSeries();
    if (builder.isZoomed()) {
        const auto range = builder.visibleRange();
        m_zoom = range;
    } else {
        m_zoom.reset();
    }
}

void ChartImageExporter::paint(
    QPainter* painter, const QSizeF& size, const ChartImageOptions& options, bool vector) const
{
    const QPalette palette = exportPalette(options.dark);
    const QColor text = palette.color(QPalette::Text);
    painter->fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::Base));

    QString title = options.title;
    if (title.isEmpty() && m_data)
        title = m_data->result.metricName.isEmpty() ? m_data->result.metricId : m_data->result.metricName;
    const QFont titleFont = pixelFont(20, true);
    const QFont captionFont = pixelFont(11);
    const QString caption = options.caption.join(QStringLiteral(" · "));
    const double innerWidth = std::max(1.0, size.width() - 2 * kMargin);

    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF titleBounds = title.isEmpty()
        ? QRectF()
        : QFontMetricsF(titleFont).boundingRect(QRectF(0, 0, innerWidth, size.height()), flags, title);
    const QRectF captionBounds = caption.isEmpty()
        ? QRectF()
        : QFontMetricsF(captionFont).boundingRect(QRectF(0, 0, innerWidth, size.height()), flags, caption);
    const double top = kMargin + (title.isEmpty() ? 0 : titleBounds.height() + kMargin / 2);
    const double bottom = kMargin + (caption.isEmpty() ? 0 : captionBounds.height() + kMargin / 2);
    const QRectF chartRect(
        kMargin / 2, top, std::max(1.0, size.width() - kMargin), std::max(1.0, size.height() - top - bottom));

    painter->setPen(text);
    if (!title.isEmpty()) {
        painter->setFont(titleFont);
        painter->drawText(QRectF(kMargin, kMargin, innerWidth, titleBounds.height()), flags, title);
    }
    if (!caption.isEmpty()) {
        painter->setFont(captionFont);
        painter->drawText(
            QRectF(kMargin, size.height() - kMargin - captionBounds.height(), innerWidth, captionBounds.height()),
            flags, caption);
    }

    // A fresh chart at the export size: nothing depends on a window or its size.
    QGraphicsScene scene;
    auto* chart = new QChart; // owned by the scene
    scene.addItem(chart);
    ChartBuilder builder;
    builder.setChartPalette(palette);
    builder.setChartFont(pixelFont(12));
    builder.setLinesAsPaths(vector);
    builder.setChartType(m_type);
    builder.setTopN(m_topN);
    builder.setHiddenSeries(m_hidden);
    builder.setNameProvider(m_names);
    builder.setResult(m_data);
    builder.attach(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
    if (chart->layout())
        chart->layout()->activate();
    if (m_zoom)
        builder.setVisibleRange(m_zoom->first, m_zoom->second);
    builder.refresh(); // decimate for the laid-out plot width
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

QImage ChartImageExporter::renderImage(const ChartImageOptions& options) const
{
    const QSize pixels = options.pixelSize.expandedTo(QSize(1, 1));
    const double ratio = std::max(0.1, options.dpi / 96.0);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    // Painting in logical units on a device-pixel-ratio image scales text and lines with the DPI.
    image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&image);
        paint(&painter, QSizeF(pixels.width() / ratio, pixels.height() / ratio), options, false);
    }
    image.setDevicePixelRatio(1.0);
    return image;
}

bool ChartImageExporter::writePng(QIODevice* device, const ChartImageOptions& options, QString* error) const
{
    QImageWriter writer(device, "png");
    if (writer.write(renderImage(options)))
        return true;
    if (error)
        *error = tr("Could not write the PNG image: %1").arg(writer.errorString());
    return false;
}

bool ChartImageExporter::writeSvg(QIODevice* device, const ChartImageOptions& options, QString* error) const
{
    if (!device || !(device->isOpen() ? device->isWritable() : device->open(QIODevice::WriteOnly))) {
        if (error)
            *error = tr("Could not write the SVG image: %1").arg(device ? device->errorString() : tr("no device"));
        return false;
    }
    const QSize pixels = options.pixelSize.expandedTo(QSize(1, 1));
    const double ratio = std::max(0.1, options.dpi / 96.0);
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(pixels);
    generator.setViewBox(QRect(QPoint(0, 0), pixels));
    generator.setResolution(int(std::lround(options.dpi)));
    // QSvgGenerator 6.4 writes title and description unescaped; escape them for valid XML.
    generator.setTitle(options.title.toHtmlEscaped());
    generator.setDescription(options.caption.join(QStringLiteral(" · ")).toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write the SVG image.");
        return false;
    }
    // All fonts are pixel-sized, so the generator's resolution only sets the physical size; the
    // painter scale makes text and lines as large relative to the canvas as in the PNG.
    painter.scale(ratio, ratio);
    paint(&painter, QSizeF(pixels.width() / ratio, pixels.height() / ratio), options, true);
    painter.end();
    return true;
}

bool ChartImageExporter::saveFile(
    const QString& path, Format format, const ChartImageOptions& options, QString* error) const
{
    return kx::saveFile(
        path,
        [&](QIODevice* device, QString* message) {
            return format == Format::Png ? writePng(device, options, message) : writeSvg(device, options, message);
        },
        error);
}

QStringList ChartImageExporter::captionLines(
    const PreparedResult& result, const QString& filters, const QDateTime& generatedAt)
{
    const AggregateResult& r = result.result;
    QStringList lines;
    const QString metric = r.metricName.isEmpty() ? r.metricId : r.metricName;
    lines.append(tr("Metric: %1").arg(metric));
    qint64 from = r.rangeStartUtcMs;
    qint64 to = r.rangeEndUtcMs;
    if (from == 0 && to == 0 && !r.dates.empty()) {
        from = r.dates.front();
        to = r.dates.back();
    }
    const auto format = [&](qint64 ms) {
        return result.locale.toString(QDateTime::fromMSecsSinceEpoch(ms, result.zone), QLocale::ShortFormat);
    };
    lines.append(tr("Range: %1 – %2").arg(format(from), format(to)));
    lines.append(tr("Timezone: %1").arg(r.timezone));
    lines.append(filters.isEmpty() ? tr("No filters") : tr("Filters: %1").arg(filters));
    lines.append(tr("Generated at %1").arg(generatedAt.toString(Qt::ISODate)));
    return lines;
}

void ChartImageExporter::copyToClipboard(const QImage& image)
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setImage(image);
}

} // namespace kx
