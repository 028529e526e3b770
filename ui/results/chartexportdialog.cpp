// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace kx {

namespace {

const QString kWidthKey = QStringLiteral("export/chartWidth");
const QString kHeightKey = QStringLiteral("export/chartHeight");
const QString kDpiKey = QStringLiteral("export/chartDpi");
const QString kDarkKey = QStringLiteral("export/chartDark");

struct Preset
{
    const char* label;
    int width;
    int height;
};

// Sizes people paste charts into: slides, documents, social posts.
constexpr Preset kPresets[] = {
    { QT_TRANSLATE_NOOP("kx::ChartExportDialog", "Slide, 16:9 (1920 × 1080)"), 1920, 1080 },
    { QT_TRANSLATE_NOOP("kx::ChartExportDialog", "Wide (1600 × 900)"), 1600, 900 },
    { QT_TRANSLATE_NOOP("kx::ChartExportDialog", "Document (1200 × 675)"), 1200, 675 },
    { QT_TRANSLATE_NOOP("kx::ChartExportDialog", "Square (1080 × 1080)"), 1080, 1080 },
    { QT_TRANSLATE_NOOP("kx::ChartExportDialog", "Slide, 4:3 (1024 × 768)"), 1024, 768 },
};

constexpr QSize kPreviewBox(420, 240);

} // namespace

ChartExportDialog::ChartExportDialog(const ChartImageExporter& exporter, ChartImageExporter::Format format,
    const ChartImageOptions& defaults, QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_settings(settings)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QDoubleSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_caption(new QPlainTextEdit(this))
    , m_dark(new QCheckBox(tr("Dark background"), this))
    , m_preview(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export chart"));
    setObjectName(QStringLiteral("chartExportDialog"));

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PNG image"), int(ChartImageExporter::Format::Png));
    m_format->addItem(tr("SVG vector image"), int(ChartImageExporter::Format::Svg));
    m_format->setCurrentIndex(format == ChartImageExporter::Format::Svg ? 1 : 0);

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Custom size"));
    for (const Preset& preset : kPresets)
        m_preset->addItem(tr(preset.label));

    for (QSpinBox* spin : { m_width, m_height }) {
        spin->setRange(100, 20000);
        spin->setSuffix(tr(" px"));
        spin->setAccelerated(true);
    }
    m_width->setObjectName(QStringLiteral("widthSpin"));
    m_height->setObjectName(QStringLiteral("heightSpin"));
    m_dpi->setObjectName(QStringLiteral("dpiSpin"));
    m_dpi->setRange(24, 1200);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Text and lines grow with the resolution: 96 dpi for screens, 192 dpi for sharp slides, "
                         "300 dpi for print."));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("No title"));
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("No caption"));
    m_caption->setToolTip(tr("One line per item; the lines are joined with \" · \" under the chart."));
    m_caption->setTabChangesFocus(true);
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 5 + 12);
    m_dark->setObjectName(QStringLiteral("darkCheck"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setMinimumSize(kPreviewBox);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    // Start from the last export's size, resolution and background; the document gives the text.
    const int width = m_settings ? m_settings->value(kWidthKey, defaults.pixelSize.width()).toInt() : defaults.pixelSize.width();
    const int height = m_settings ? m_settings->value(kHeightKey, defaults.pixelSize.height()).toInt() : defaults.pixelSize.height();
    m_width->setValue(width);
    m_height->setValue(height);
    m_dpi->setValue(m_settings ? m_settings->value(kDpiKey, defaults.dpi).toDouble() : defaults.dpi);
    m_dark->setChecked(m_settings ? m_settings->value(kDarkKey, defaults.dark).toBool() : defaults.dark);
    m_title->setText(defaults.title);
    m_caption->setPlainText(defaults.caption.join(u'\n'));
    const auto matching = std::find_if(std::begin(kPresets), std::end(kPresets),
        [&](const Preset& p) { return p.width == width && p.height == height; });
    m_preset->setCurrentIndex(matching == std::end(kPresets) ? 0 : int(matching - std::begin(kPresets)) + 1);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(QString(), m_dark);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);

    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addWidget(m_summary);

    auto* body = new QHBoxLayout;
    body->addLayout(form, 1);
    body->addSpacing(12);
    body->addLayout(previewColumn);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    // The preview is drawn once typing pauses, not on every keystroke.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ChartExportDialog::updatePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    for (QSpinBox* spin : { m_width, m_height }) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            const auto it = std::find_if(std::begin(kPresets), std::end(kPresets),
                [&](const Preset& p) { return p.width == m_width->value() && p.height == m_height->value(); });
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(it == std::end(kPresets) ? 0 : int(it - std::begin(kPresets)) + 1);
            schedulePreview();
        });
    }
    connect(m_dpi, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ChartExportDialog::schedulePreview);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &ChartExportDialog::schedulePreview);
    connect(m_dark, &QCheckBox::toggled, this, &ChartExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::schedulePreview);
    updatePreview();
}

ChartImageExporter::Format ChartExportDialog::format() const
{
    return ChartImageExporter::Format(m_format->currentData().toInt());
}

ChartImageOptions ChartExportDialog::options() const
{
    ChartImageOptions options;
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.title = m_title->text().trimmed();
    options.caption.clear();
    const QStringList lines = m_caption->toPlainText().split(u'\n');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            options.caption.append(line.trimmed());
    }
    options.dark = m_dark->isChecked();
    return options;
}

void ChartExportDialog::accept()
{
    if (m_settings) {
        m_settings->setValue(kWidthKey, m_width->value());
        m_settings->setValue(kHeightKey, m_height->value());
        m_settings->setValue(kDpiKey, m_dpi->value());
        m_settings->setValue(kDarkKey, m_dark->isChecked());
    }
    QDialog::accept();
}

void ChartExportDialog::applyPreset(int index)
{
    if (index <= 0 || index > int(std::size(kPresets)))
        return;
    const Preset& preset = kPresets[index - 1];
    const QSignalBlocker widthBlocker(m_width);
    const QSignalBlocker heightBlocker(m_height);
    m_width->setValue(preset.width);
    m_height->setValue(preset.height);
    schedulePreview();
}

void ChartExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ChartExportDialog::updatePreview()
{
    // The same drawing scaled down: the size and the resolution shrink together, so the
    // thumbnail shows the proportions of text to plot the file will have.
    const ChartImageOptions full = options();
    const double scale = std::min({ 1.0, double(kPreviewBox.width()) / full.pixelSize.width(),
        double(kPreviewBox.height()) / full.pixelSize.height() });
    ChartImageOptions small = full;
    small.pixelSize = QSize(std::max(1, int(full.pixelSize.width() * scale)), std::max(1, int(full.pixelSize.height() * scale)));
    small.dpi = std::max(1.0, full.dpi * scale);
    m_preview->setPixmap(QPixmap::fromImage(m_exporter.renderImage(small)));
    const double inchesWide = full.pixelSize.width() / full.dpi;
    m_summary->setText(tr("%1 × %2 px · %3 × %4 in at %5 dpi")
                           .arg(full.pixelSize.width())
                           .arg(full.pixelSize.height())
                           .arg(inchesWide, 0, 'f', 1)
                           .arg(full.pixelSize.height() / full.dpi, 0, 'f', 1)
                           .arg(full.dpi, 0, 'f', 0));
}

} // namespace kx
