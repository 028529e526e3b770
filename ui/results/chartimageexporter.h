// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QStringList>

#include "chartbuilder.h"

class QIODevice;
class QPainter;

namespace kx {

/// How an exported chart image looks.
struct ChartImageOptions
{
    QSize pixelSize { 1600, 900 }; ///< image size in pixels (SVG: viewBox and size)
    double dpi = 96; ///< fonts and lines scale by dpi / 96; stored in the file
    QString title; ///< drawn above the plot; empty: the metric name
    QStringList caption; ///< drawn under the plot, joined with " · " and wrapped
    bool dark = false; ///< dark background instead of white
};

/**
 * Renders a result's chart to PNG or SVG at a caller-chosen size and DPI, independent of any
 * window: a fresh QChart of that size is built (same type, top N, hidden series and zoom as the
 * interactive chart when copied from its builder) and painted with a title and a caption.
 * Needs a QApplication (Qt Charts are graphics widgets) but no window, so the command line can
 * use it with the offscreen platform.
 * @note Stateless between calls; UI thread only.
 */
class ChartImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(kx::ChartImageExporter)

public:
    enum class Format
    {
        Png,
        Svg
    };

    explicit ChartImageExporter(std::shared_ptr<const PreparedResult> result);

    void setChartType(ChartBuilder::ChartType type)
    {
        m_type = type;
    }
    void setTopN(int n)
    {
        m_topN = n;
    }
    void setHiddenSeries(const QSet<QString>& keys)
    {
        m_hidden = keys;
    }
    /// Exports only [fromUtcMs, toUtcMs] of the date axis.
    void setVisibleRange(qint64 fromUtcMs, qint64 toUtcMs)
    {
        m_zoom = std::make_pair(fromUtcMs, toUtcMs);
    }
    void setNameProvider(NameProvider provider)
    {
        m_names = std::move(provider);
    }
    /// Takes chart type, top N, hidden series and zoom from an interactive chart's builder.
    void copySettings(const ChartBuilder& builder);

    QImage renderImage(const ChartImageOptions& options) const;
    bool writePng(QIODevice* device, const ChartImageOptions& options, QString* error = nullptr) const;
    bool writeSvg(QIODevice* device, const ChartImageOptions& options, QString* error = nullptr) const;
    /// Writes @p path atomically in @p format.
    bool saveFile(const QString& path, Format format, const ChartImageOptions& options, QString* error = nullptr) const;

    /// The default caption: metric, date range and timezone, filters, time of generation.
    /// @p filters is the printed filter text ("" for none).
    static QStringList captionLines(const PreparedResult& result, const QString& filters, const QDateTime& generatedAt);
    /// Puts @p image on the clipboard.
    static void copyToClipboard(const QImage& image);

private:
    void paint(QPainter* painter, const QSizeF& size, const ChartImageOptions& options, bool vector) const;

    std::shared_ptr<const PreparedResult> m_data;
    ChartBuilder::ChartType m_type = ChartBuilder::ChartType::Line;
    int m_topN = 10;
    QSet<QString> m_hidden;
    std::optional<std::pair<qint64, qint64>> m_zoom;
    NameProvider m_names;
};

} // namespace kx
