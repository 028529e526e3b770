// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "chartimageexporter.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QSpinBox;
class QTimer;

namespace kx {

/**
 * Asks how an exported chart should look before it is written: format (PNG or SVG), size in
 * pixels with common presets, resolution, title, caption and background. A small preview shows
 * the result at the chosen aspect ratio. The last size, resolution and background are kept in
 * @p settings so the next export starts from them; the title and caption start from the
 * document (metric, range, timezone, filters, generated at).
 * @note UI thread only. The exporter is only read.
 */
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(const ChartImageExporter& exporter, ChartImageExporter::Format format,
        const ChartImageOptions& defaults, QSettings* settings, QWidget* parent = nullptr);

    ChartImageExporter::Format format() const;
    /// The options as chosen (title and caption as edited).
    ChartImageOptions options() const;

    /// Remembers size, resolution and background for the next export.
    void accept() override;

private:
    void applyPreset(int index);
    void schedulePreview();
    void updatePreview();

    const ChartImageExporter& m_exporter;
    QSettings* m_settings;
    QComboBox* m_format;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_dpi;
    QLineEdit* m_title;
    QPlainTextEdit* m_caption;
    QCheckBox* m_dark;
    QLabel* m_preview;
    QLabel* m_summary;
    QTimer* m_previewTimer;
};

} // namespace kx
