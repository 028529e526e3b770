// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportresultswidget.h"

#include <cmath>
#include <numeric>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include "editor/reportlabels.h"
#include "results/chartpalette.h"
#include "util/savefile.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {
constexpr int kMaxBars = 25;
constexpr int kMaxLines = 10;

QString csvField(const QString& text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }
    return text;
}

QString csvNumber(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 15);
}

/// QDateTimeAxis draws in local time (no timezone setter in Qt 6.4): move @p utcMs so that its
/// local wall-clock reading is the one in @p zone.
double axisTime(qint64 utcMs, const QTimeZone& zone)
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return double(QDateTime(inZone.date(), inZone.time()).toMSecsSinceEpoch());
}

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

/// Sorting by the raw value, so 9 % comes before 10 % and empty cells sort first.
class RawSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(ReportTableModel::RawValueRole);
        const QVariant r = right.data(ReportTableModel::RawValueRole);
        if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
            const double a = l.toDouble();
            const double b = r.toDouble();
            if (std::isnan(a) || std::isnan(b))
                return std::isnan(a) && !std::isnan(b);
            return a < b;
        }
        if (l.typeId() == QMetaType::LongLong)
            return l.toLongLong() < r.toLongLong();
        return left.data().toString().localeAwareCompare(right.data().toString()) < 0;
    }
};
} // namespace

ReportResultsWidget::ReportResultsWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReportTableModel(this))
    , m_proxy(new RawSortProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(m_tabs))
    , m_chartView(new QChartView(m_tabs))
    , m_statisticCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"reportResults"_s);
    m_tabs->setObjectName(u"reportResultTabs"_s);
    m_table->setObjectName(u"reportTable"_s);
    m_chartView->setObjectName(u"reportChart"_s);
    m_statisticCombo->setObjectName(u"chartStatisticCombo"_s);
    m_statisticCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(u"reportSummary"_s);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->hide();
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setChart(new QChart); // the view owns it
    m_chartView->chart()->legend()->setAlignment(Qt::AlignBottom);

    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_chartView, tr("Chart"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("Chart:"), this));
    bar->addWidget(m_statisticCombo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_statisticCombo, &QComboBox::currentIndexChanged, this, [this] {
        rebuildChart();
        Q_EMIT chartStatisticChanged(chartStatistic());
    });
    updateSummary();
}

ReportResultsWidget::~ReportResultsWidget() = default;

QChart* ReportResultsWidget::chart() const
{
    return m_chartView->chart();
}

void ReportResultsWidget::setResult(std::shared_ptr<const ReportResult> result)
{
    const QString previous = chartStatistic();
    m_model->setResult(result);
    m_table->resizeColumnsToContents();
    // Largest first by the first statistic, as Klaviyo's pages list them; dates stay in order.
    if (result && !result->series && !result->statistics.isEmpty())
        m_table->sortByColumn(int(result->groupingKeys.size()), Qt::DescendingOrder);
    else
        m_table->sortByColumn(-1, Qt::AscendingOrder);
    {
        const QSignalBlocker blocker(m_statisticCombo);
        m_statisticCombo->clear();
        if (result) {
            for (const QString& s : result->statistics)
                m_statisticCombo->addItem(reportlabels::statisticLabel(s), s);
        }
        const int index = m_statisticCombo->findData(previous);
        m_statisticCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    rebuildChart();
    updateSummary();
}

void ReportResultsWidget::setNameProvider(GroupingNameProvider provider)
{
    m_model->setNameProvider(std::move(provider));
    m_table->resizeColumnsToContents();
    rebuildChart();
}

QString ReportResultsWidget::chartStatistic() const
{
    return m_statisticCombo->currentData().toString();
}

void ReportResultsWidget::setChartStatistic(const QString& statistic)
{
    const int index = m_statisticCombo->findData(statistic);
    if (index >= 0)
        m_statisticCombo->setCurrentIndex(index);
}

void ReportResultsWidget::setCurrentView(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ReportResultsWidget::updateSummary()
{
    const auto result = m_model->result();
    if (!result) {
        m_summary->setText(tr("Run the report to see results."));
        return;
    }
    if (result->rows.empty()) {
        m_summary->setText(tr("No activity in this timeframe: Klaviyo lists only what had activity."));
        return;
    }
    if (result->series) {
        m_summary->setText(tr("%n grouping(s)", nullptr, int(result->rows.size())) + u" · "_s
            + tr("%n date(s)", nullptr, int(result->dateTimes.size())));
    } else {
        m_summary->setText(tr("%n grouping(s)", nullptr, int(result->rows.size())));
    }
}

void ReportResultsWidget::rebuildChart()
{
    // A fresh chart each time: QChart keeps axes and series in step more reliably than edits.
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool dark = ChartPalette::isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    const auto result = m_model->result();
    const QString statistic = chartStatistic();
    const bool rate = reportlabels::isRate(statistic);
    const double scale = rate ? 100.0 : 1.0;
    const auto styleAxis = [this](QAbstractAxis* axis) {
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    };
    if (result && !result->rows.empty() && !statistic.isEmpty()) {
        chart->setTitle(reportlabels::statisticLabel(statistic) + (rate ? tr(" (%)") : QString()));
        // Rows ranked by the statistic (total over the dates for series).
        std::vector<std::pair<double, qsizetype>> ranked;
        for (size_t i = 0; i < result->rows.size(); ++i) {
            double total = 0;
            const qsizetype n = result->series ? qsizetype(result->dateTimes.size()) : 1;
            for (qsizetype d = 0; d < n; ++d) {
                const double v = result->rows[i].value(statistic, d);
                if (!std::isnan(v))
                    total += v;
            }
            ranked.emplace_back(total, qsizetype(i));
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        if (!result->series) {
            const qsizetype count = std::min<qsizetype>(kMaxBars, qsizetype(ranked.size()));
            auto* set = new QBarSet(reportlabels::statisticLabel(statistic));
            set->setColor(ChartPalette::seriesColor(0));
            QStringList categories;
            double maxValue = 0;
            // Horizontal bars draw bottom-up: add the smallest first so the largest is on top.
            for (qsizetype i = count - 1; i >= 0; --i) {
                const auto& [total, row] = ranked[size_t(i)];
                QString label = m_model->rowLabel(row);
                if (label.size() > 48)
                    label = label.left(47) + u'…';
                // Category labels must be unique or bars merge.
                while (categories.contains(label))
                    label += u' ';
                categories << label;
                const double v = result->rows[size_t(row)].value(statistic);
                *set << (std::isnan(v) ? 0.0 : v * scale);
                maxValue = std::max(maxValue, std::isnan(v) ? 0.0 : v * scale);
            }
            auto* series = new QHorizontalBarSeries;
            series->append(set);
            chart->addSeries(series);
            auto* categoryAxis = new QBarCategoryAxis;
            categoryAxis->append(categories);
            auto* valueAxis = new QValueAxis;
            valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1.0);
            valueAxis->applyNiceNumbers(); // ticks on round values (0, 2,500, 5,000…)
            valueAxis->setLabelFormat(rate ? u"%.1f%%"_s : u"%.0f"_s);
            if (!rate && maxValue > 0 && maxValue < 10)
                valueAxis->setLabelFormat(u"%.2f"_s);
            styleAxis(categoryAxis);
            styleAxis(valueAxis);
            chart->addAxis(categoryAxis, Qt::AlignLeft);
            chart->addAxis(valueAxis, Qt::AlignBottom);
            series->attachAxis(categoryAxis);
            series->attachAxis(valueAxis);
            chart->legend()->hide();
            if (qsizetype(ranked.size()) > count)
                chart->setTitle(tr("%1 — top %2 of %3").arg(chart->title()).arg(count).arg(ranked.size()));
        } else {
            const QTimeZone parsedZone(result->timezone.toUtf8());
            const QTimeZone zone = parsedZone.isValid() ? parsedZone : QTimeZone::utc();
            auto* xAxis = new QDateTimeAxis;
            xAxis->setFormat(u"yyyy-MM-dd"_s);
            auto* yAxis = new QValueAxis;
            yAxis->setLabelFormat(rate ? u"%.1f%%"_s : u"%.0f"_s);
            styleAxis(xAxis);
            styleAxis(yAxis);
            chart->addAxis(xAxis, Qt::AlignBottom);
            chart->addAxis(yAxis, Qt::AlignLeft);
            double lo = 0;
            double hi = 0;
            const qsizetype count = std::min<qsizetype>(kMaxLines, qsizetype(ranked.size()));
            for (qsizetype i = 0; i < count; ++i) {
                const qsizetype row = ranked[size_t(i)].second;
                auto* line = new QLineSeries;
                QString label = m_model->rowLabel(row);
                if (label.size() > 40)
                    label = label.left(39) + u'…';
                line->setName(label);
                line->setColor(ChartPalette::seriesColor(int(i)));
                for (size_t d = 0; d < result->dateTimes.size(); ++d) {
                    const double v = result->rows[size_t(row)].value(statistic, qsizetype(d));
                    if (std::isnan(v))
                        continue;
                    line->append(axisTime(result->dateTimes[d], zone), v * scale);
                    lo = std::min(lo, v * scale);
                    hi = std::max(hi, v * scale);
                }
                line->setPointsVisible(result->dateTimes.size() < 40);
                chart->addSeries(line);
                line->attachAxis(xAxis);
                line->attachAxis(yAxis);
            }
            if (!result->dateTimes.empty()) {
                const qint64 first = result->dateTimes.front();
                const qint64 last = result->dateTimes.back();
                xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisTime(first, zone))),
                    QDateTime::fromMSecsSinceEpoch(qint64(axisTime(std::max(last, first + 1), zone))));
                xAxis->setTickCount(int(std::clamp<size_t>(result->dateTimes.size(), 2, 8)));
                if (result->dateTimes.size() > 1 && last - first < 3 * 86'400'000LL)
                    xAxis->setFormat(u"MM-dd HH:mm"_s);
            }
            yAxis->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
            yAxis->applyNiceNumbers();
            if (qsizetype(ranked.size()) > count)
                chart->setTitle(tr("%1 — top %2 of %3").arg(chart->title()).arg(count).arg(ranked.size()));
        }
    } else {
        chart->setTitle(result ? tr("Nothing to chart") : QString());
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart); // the view takes ownership of the new chart, not of the old one
    delete old;
}

bool ReportResultsWidget::writeCsv(QIODevice* device, QString* error) const
{
    const auto result = m_model->result();
    if (!result) {
        if (error)
            *error = tr("There are no results to export. Run the report first.");
        return false;
    }
    QStringList header;
    if (result->series)
        header << u"date"_s;
    for (const QString& key : result->groupingKeys)
        header << key << reportlabels::groupingLabel(key);
    header << result->statistics;
    QString text;
    for (const QString& h : std::as_const(header))
        text += (text.isEmpty() ? QString() : u","_s) + csvField(h);
    text += u"\r\n"_s;
    const qsizetype dates = result->series ? qsizetype(result->dateTimes.size()) : 1;
    for (size_t r = 0; r < result->rows.size(); ++r) {
        const ReportResult::Row& row = result->rows[r];
        for (qsizetype d = 0; d < dates; ++d) {
            QStringList cells;
            if (result->series) {
                cells << QDateTime::fromMSecsSinceEpoch(result->dateTimes[size_t(d)], QTimeZone::utc())
                             .toString(Qt::ISODate);
            }
            for (const QString& key : result->groupingKeys) {
                const QString value = row.grouping(key);
                cells << csvField(value) << csvField(m_model->groupingText(key, value));
            }
            for (const QString& s : result->statistics)
                cells << csvNumber(row.value(s, d));
            text += cells.join(u',') + u"\r\n"_s;
        }
    }
    const QByteArray bytes = text.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Could not write the CSV: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool ReportResultsWidget::writeJson(QIODevice* device, QString* error) const
{
    const auto result = m_model->result();
    if (!result) {
        if (error)
            *error = tr("There are no results to export. Run the report first.");
        return false;
    }
    QJsonObject root;
    root.insert(u"type"_s, reportTypeName(result->type));
    root.insert(u"statistics"_s, QJsonArray::fromStringList(result->statistics));
    if (result->series) {
        QJsonArray dates;
        for (qint64 t : result->dateTimes)
            dates.append(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate));
        root.insert(u"date_times"_s, dates);
    }
    QJsonArray rows;
    for (const ReportResult::Row& row : result->rows) {
        QJsonObject groupings;
        QJsonObject names;
        for (const auto& [key, value] : row.groupings) {
            groupings.insert(key, value);
            const QString name = m_model->groupingText(key, value);
            if (name != value)
                names.insert(key, name);
        }
        QJsonObject statistics;
        for (const QString& s : result->statistics) {
            if (result->series) {
                QJsonArray values;
                for (size_t d = 0; d < result->dateTimes.size(); ++d)
                    values.append(jsonNumber(row.value(s, qsizetype(d))));
                statistics.insert(s, values);
            } else {
                statistics.insert(s, jsonNumber(row.value(s)));
            }
        }
        QJsonObject item;
        item.insert(u"groupings"_s, groupings);
        item.insert(u"names"_s, names);
        item.insert(u"statistics"_s, statistics);
        rows.append(item);
    }
    root.insert(u"rows"_s, rows);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Could not write the JSON: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool ReportResultsWidget::saveChart(const QString& path, bool svg, QString* error) const
{
    return kx::saveFile(
        path, [&](QIODevice* device, QString* message) { return writeChart(device, svg, {}, message); }, error);
}

bool ReportResultsWidget::writeChart(QIODevice* device, bool svg, QSize size, QString* error) const
{
    if (!hasResult()) {
        if (error)
            *error = tr("There is no chart to export. Run the report first.");
        return false;
    }
    if (!size.isValid()) {
        // A hidden tab may never have been laid out: give the view a sensible size to draw at.
        size = m_chartView->size();
        if (size.width() < 600 || size.height() < 380)
            size = QSize(1000, 600);
    }
    if (m_chartView->size() != size)
        m_chartView->resize(size);
    // The chart is a graphics item: lay it out for this size before drawing it.
    m_chartView->chart()->resize(QSizeF(size));
    if (QGraphicsLayout* layout = m_chartView->chart()->layout())
        layout->activate();
    const QRect target(QPoint(0, 0), size);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(device);
        generator.setSize(size);
        generator.setViewBox(target);
        generator.setTitle(m_chartView->chart()->title());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Could not write the SVG: %1").arg(device->errorString());
            return false;
        }
        m_chartView->scene()->render(&painter, QRectF(target), m_chartView->chart()->geometry());
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_chartView->scene()->render(&painter, QRectF(target), m_chartView->chart()->geometry());
    }
    if (!image.save(device, "PNG")) {
        if (error)
            *error = tr("Could not write the PNG: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace kx
