// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "resultfixtures.h"
#include "results/chartexportdialog.h"

using namespace kx;

namespace {

std::shared_ptr<const PreparedResult> fixture()
{
    return PreparedResult::create(test::countryResult(), QLocale::c());
}

ChartImageOptions documentDefaults()
{
    ChartImageOptions options;
    options.title = QStringLiteral("Placed Order");
    options.caption = { QStringLiteral("Metric: Placed Order"), QStringLiteral("Timezone: America/New_York") };
    return options;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1StringView(name));
}

} // namespace

class TestChartExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QSettings* freshSettings(const QString& name)
    {
        return new QSettings(m_dir.filePath(name), QSettings::IniFormat, this);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void startsFromTheDocumentAndTheDefaultSize()
    {
        ChartImageExporter exporter(fixture());
        ChartExportDialog dialog(exporter, ChartImageExporter::Format::Svg, documentDefaults(), freshSettings(QStringLiteral("a.ini")));
        QCOMPARE(dialog.format(), ChartImageExporter::Format::Svg);
        const ChartImageOptions options = dialog.options();
        QCOMPARE(options.pixelSize, QSize(1600, 900));
        QCOMPARE(options.dpi, 96.0);
        QCOMPARE(options.title, QStringLiteral("Placed Order"));
        QCOMPARE(options.caption, documentDefaults().caption);
        QCOMPARE(child<QComboBox>(&dialog, "presetCombo")->currentText(), QStringLiteral("Wide (1600 × 900)"));
        // The preview keeps the aspect ratio of the file.
        const QPixmap preview = child<QLabel>(&dialog, "previewLabel")->pixmap();
        QVERIFY(!preview.isNull());
        QVERIFY(qAbs(double(preview.width()) / preview.height() - 16.0 / 9.0) < 0.02);
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("1600 × 900 px")));
    }

    void presetsAndCustomSizesStayInStep()
    {
        ChartImageExporter exporter(fixture());
        ChartExportDialog dialog(exporter, ChartImageExporter::Format::Png, documentDefaults(), nullptr);
        auto* preset = child<QComboBox>(&dialog, "presetCombo");
        preset->setCurrentIndex(preset->findText(QStringLiteral("Square (1080 × 1080)")));
        QCOMPARE(dialog.options().pixelSize, QSize(1080, 1080));
        child<QSpinBox>(&dialog, "widthSpin")->setValue(1234);
        QCOMPARE(preset->currentIndex(), 0); // custom
        QCOMPARE(dialog.options().pixelSize, QSize(1234, 1080));
        child<QSpinBox>(&dialog, "widthSpin")->setValue(1920);
        child<QSpinBox>(&dialog, "heightSpin")->setValue(1080);
        QCOMPARE(preset->currentText(), QStringLiteral("Slide, 16:9 (1920 × 1080)"));
    }

    void editedTextAndBackgroundReachTheOptions()
    {
        ChartImageExporter exporter(fixture());
        ChartExportDialog dialog(exporter, ChartImageExporter::Format::Png, documentDefaults(), nullptr);
        child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("  Orders in Q4  "));
        child<QPlainTextEdit>(&dialog, "captionEdit")->setPlainText(QStringLiteral("Source: Klaviyo\n\n  Prepared by marketing \n"));
        child<QCheckBox>(&dialog, "darkCheck")->setChecked(true);
        child<QComboBox>(&dialog, "formatCombo")->setCurrentIndex(1);
        const ChartImageOptions options = dialog.options();
        QCOMPARE(options.title, QStringLiteral("Orders in Q4"));
        QCOMPARE(options.caption, (QStringList { QStringLiteral("Source: Klaviyo"), QStringLiteral("Prepared by marketing") }));
        QVERIFY(options.dark);
        QCOMPARE(dialog.format(), ChartImageExporter::Format::Svg);
        // The preview follows (after the typing pause): a dark background.
        QTRY_VERIFY(QColor(child<QLabel>(&dialog, "previewLabel")->pixmap().toImage().pixel(2, 2)).lightness() < 80);
    }

    void acceptedSizeIsRememberedForTheNextExport()
    {
        QSettings* settings = freshSettings(QStringLiteral("remember.ini"));
        ChartImageExporter exporter(fixture());
        {
            ChartExportDialog dialog(exporter, ChartImageExporter::Format::Png, documentDefaults(), settings);
            child<QSpinBox>(&dialog, "widthSpin")->setValue(800);
            child<QSpinBox>(&dialog, "heightSpin")->setValue(600);
            child<QDoubleSpinBox>(&dialog, "dpiSpin")->setValue(192);
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ChartExportDialog again(exporter, ChartImageExporter::Format::Png, documentDefaults(), settings);
        QCOMPARE(again.options().pixelSize, QSize(800, 600));
        QCOMPARE(again.options().dpi, 192.0);
        // A cancelled dialog changes nothing.
        child<QSpinBox>(&again, "widthSpin")->setValue(300);
        again.reject();
        ChartExportDialog third(exporter, ChartImageExporter::Format::Png, documentDefaults(), settings);
        QCOMPARE(third.options().pixelSize.width(), 800);
    }
};

QTEST_MAIN(TestChartExportDialog)
#include "tst_chartexportdialog.moc"
