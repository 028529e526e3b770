// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "api/apiclient.h"
#include "api/namelookup.h"
#include "editor/fieldmessagelabel.h"
#include "editor/reportlabels.h"
#include "editor/reportqueryeditor.h"
#include "editor/requestpanel.h"
#include "query/queryfile.h"
#include "query/requestbuilder.h"
#include "query/revision.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

/// 2026-07-01T12:00:00Z: every relative timeframe in these tests resolves against it.
constexpr qint64 kNow = 1782907200000;

EditorContext pinnedContext()
{
    EditorContext context;
    context.revision = u"2026-07-15"_s;
    context.baseUrl = QUrl(u"https://a.klaviyo.com"_s);
    context.now = [] {
        return kNow;
    };
    return context;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList fieldErrors(const ReportQueryEditor& editor, const QString& field)
{
    QStringList out;
    for (const ValidationMessage& m : editor.validation()) {
        if (m.field == field && m.severity == ValidationMessage::Error)
            out << m.message;
    }
    return out;
}

/// Whether some message label of the editor shows @p text as an error (what the user sees).
bool labelShowsError(const ReportQueryEditor& editor, const QString& text)
{
    for (const FieldMessageLabel* label : editor.findChildren<FieldMessageLabel*>()) {
        for (const QString& e : label->errors()) {
            if (e == text)
                return !label->isHidden();
        }
    }
    return false;
}

QListWidgetItem* itemWithData(QListWidget* list, const QString& data)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == data)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestReportQueryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawBodyRoundTripsExactly_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TESTDATA_DIR "/queries"));
        const QStringList files =
            dir.entryList({ u"seed002-*.json"_s, u"digest-5-2-*.json"_s }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 9);
        for (const QString& f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
    }

    void rawBodyRoundTripsExactly()
    {
        QFETCH(QString, path);
        const QByteArray raw = readFile(path);
        QVERIFY(!raw.isEmpty());
        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        QString error;
        QVERIFY2(editor.pasteRequest(raw, &error), qPrintable(error));
        // raw → editor → raw gives the same JSON value.
        QCOMPARE(QJsonDocument::fromJson(editor.requestJson()), QJsonDocument::fromJson(raw));
        QCOMPARE(editor.requestPanel()->currentJson().toUtf8(), editor.requestJson());
        // The editor's widgets show it: the type combo and the checked statistics.
        const auto document = queryfile::fromJson(raw);
        QVERIFY(document);
        auto* typeCombo = editor.findChild<QComboBox*>(u"reportTypeCombo"_s);
        QCOMPARE(typeCombo->currentData().toInt(), int(document->report.type));
        auto* statistics = editor.findChild<QListWidget*>(u"statisticsList"_s);
        for (const QString& s : document->report.statistics) {
            QListWidgetItem* item = itemWithData(statistics, s);
            QVERIFY2(item, qPrintable(s));
            QCOMPARE(item->checkState(), Qt::Checked);
        }
        // One undo step takes the paste back.
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QVERIFY(editor.query() != document->report);
    }

    void pasteRefusesMetricAggregates()
    {
        ReportQueryEditor editor;
        const ReportQuery before = editor.query();
        QString error;
        QVERIFY(
            !editor.pasteRequest(readFile(QStringLiteral(TESTDATA_DIR "/queries/seed001-revenue-all.json")), &error));
        QVERIFY(error.contains(u"metric aggregates"_s));
        QVERIFY(!editor.pasteRequest("{not json", &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(editor.query(), before);
        QCOMPARE(editor.undoStack()->count(), 0);
    }

    void validationCaps_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("groupBy");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::addRow("one year")
            << int(ReportType::CampaignValues) << QString() << u"2025-01-01T00:00:00"_s << u"2026-03-01T00:00:00"_s
            << QStringList() << u"timeframe"_s
            << u"The timeframe is longer than one year, the most Klaviyo reports at once. Shorten it."_s;
        QTest::addRow("hourly 7 days")
            << int(ReportType::FlowSeries) << u"hourly"_s << u"2026-06-01T00:00:00"_s << u"2026-06-10T00:00:00"_s
            << QStringList() << u"interval"_s
            << u"Hourly series can cover at most 7 days. Shorten the timeframe or choose daily."_s;
        QTest::addRow("daily 60 days")
            << int(ReportType::FormSeries) << u"daily"_s << u"2026-01-01T00:00:00"_s << u"2026-04-01T00:00:00"_s
            << QStringList() << u"interval"_s
            << u"Daily series can cover at most 60 days. Shorten the timeframe or choose weekly."_s;
        QTest::addRow("monthly 52 weeks")
            << int(ReportType::SegmentSeries) << u"monthly"_s << u"2025-06-01T00:00:00"_s << u"2026-06-01T00:00:00"_s
            << QStringList() << u"interval"_s << u"Monthly series can cover at most 52 weeks. Shorten the timeframe."_s;
        QTest::addRow("required group_by")
            << int(ReportType::CampaignValues) << QString() << u"2026-06-01T00:00:00"_s << u"2026-06-10T00:00:00"_s
            << QStringList { u"campaign_id"_s, u"send_channel"_s } << u"groupBy"_s
            << u"The grouping must include campaign_message_id. Add it."_s;
        QTest::addRow("end before start") << int(ReportType::FormValues) << QString() << u"2026-06-10T00:00:00"_s
                                          << u"2026-06-01T00:00:00"_s << QStringList() << u"timeframe"_s
                                          << u"The timeframe ends before it starts. Move the end after the start."_s;
    }

    void validationCaps()
    {
        QFETCH(int, type);
        QFETCH(QString, interval);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, groupBy);
        QFETCH(QString, field);
        QFETCH(QString, message);

        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        ReportQuery query;
        query.type = ReportType(type);
        query.statistics = reportlabels::defaultStatistics(query.type);
        query.interval = interval;
        query.timeframe = Timeframe { {}, start, end };
        if (query.type == ReportType::CampaignValues || query.type == ReportType::FlowSeries)
            query.conversionMetricId = u"RESQ6t"_s;
        query.groupBy = groupBy;
        QSignalSpy validation(&editor, &ReportQueryEditor::validationChanged);
        editor.setQuery(query);
        QVERIFY(!editor.canRun());
        QVERIFY2(fieldErrors(editor, field).contains(message), qPrintable(fieldErrors(editor, field).join(u'|')));
        QVERIFY(labelShowsError(editor, message));

        // Fixing it in the custom fields clears the message and enables Run.
        auto* startEdit = editor.findChild<QLineEdit*>(u"timeframeStartEdit"_s);
        auto* endEdit = editor.findChild<QLineEdit*>(u"timeframeEndEdit"_s);
        if (field != u"groupBy") {
            startEdit->selectAll();
            QTest::keyClicks(startEdit, u"2026-06-01T00:00:00"_s);
            endEdit->selectAll();
            QTest::keyClicks(endEdit, u"2026-06-05T00:00:00"_s);
        } else {
            ReportQuery fixed = editor.query();
            fixed.groupBy.append(u"campaign_message_id"_s);
            editor.setQuery(fixed);
        }
        QVERIFY2(editor.canRun(), qPrintable(fieldErrors(editor, field).join(u'|')));
        QVERIFY(!labelShowsError(editor, message));
        QVERIFY(!validation.isEmpty());
    }

    void typeChoiceFiltersStatisticsWithFormulas()
    {
        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        auto* statistics = editor.findChild<QListWidget*>(u"statisticsList"_s);
        QCOMPARE(
            statistics->count(), int(revision::reportStatistics(ReportType::CampaignValues, u"2026-07-15"_s).size()));
        QVERIFY(
            itemWithData(statistics, u"open_rate"_s)
                ->toolTip()
                .contains(u"(Unique email opens + Unique push opens) / (Received emails + Received push uniques)"_s));

        auto* typeCombo = editor.findChild<QComboBox*>(u"reportTypeCombo"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(int(ReportType::FormValues)));
        QCOMPARE(editor.query().type, ReportType::FormValues);
        const QStringList formStats = revision::reportStatistics(ReportType::FormValues, u"2026-07-15"_s);
        QCOMPARE(statistics->count(), int(formStats.size()));
        for (int i = 0; i < statistics->count(); ++i)
            QVERIFY(formStats.contains(statistics->item(i)->data(Qt::UserRole).toString()));
        QVERIFY(itemWithData(statistics, u"submit_rate"_s)->toolTip().contains(u"form submissions over form views"_s));
        // Form reports take no conversion metric and the editor does not send one.
        QVERIFY(editor.query().conversionMetricId.isEmpty());
        QVERIFY(!editor.findChild<QWidget*>(u"conversionMetricPicker"_s)->isVisibleTo(&editor));

        // Unchecking every statistic is refused with a message next to the list.
        for (int i = 0; i < statistics->count(); ++i)
            statistics->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(fieldErrors(editor, u"statistics"_s).contains(u"Choose at least one statistic."_s));
        QVERIFY(!editor.canRun());

        // Series types get an interval; undo goes back step by step.
        editor.chooseType(ReportType::SegmentSeries);
        QCOMPARE(editor.query().interval, u"daily"_s);
        QVERIFY(editor.findChild<QComboBox*>(u"reportIntervalCombo"_s)->isVisibleTo(&editor));
        editor.undoStack()->undo();
        QCOMPARE(editor.query().type, ReportType::FormValues);
        QVERIFY(editor.query().interval.isEmpty());
        editor.undoStack()->redo();
        QCOMPARE(editor.query().type, ReportType::SegmentSeries);
    }

    void requiredGroupingsAreLockedOn()
    {
        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        auto* groupBy = editor.findChild<QListWidget*>(u"groupByList"_s);
        for (const QString& required : { u"campaign_id"_s, u"campaign_message_id"_s }) {
            QListWidgetItem* item = itemWithData(groupBy, required);
            QVERIFY(item);
            QCOMPARE(item->checkState(), Qt::Checked);
            QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
        }
        // Checking another grouping writes the group_by with the required ones kept.
        itemWithData(groupBy, u"variation_name"_s)->setCheckState(Qt::Checked);
        const QStringList g = editor.query().groupBy;
        QVERIFY(g.contains(u"campaign_id"_s));
        QVERIFY(g.contains(u"campaign_message_id"_s));
        QVERIFY(g.contains(u"variation_name"_s));
        QVERIFY(editor.canRun() || !fieldErrors(editor, u"conversionMetric"_s).isEmpty());
        QVERIFY(fieldErrors(editor, u"groupBy"_s).isEmpty());
    }

    void filterPickersChooseByNameAndStayInTheTypesFields()
    {
        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        editor.setEntityNames(NameKind::Campaign, { { u"01HCAMPAIGN"_s, u"Spring Sale"_s } });
        auto* field = editor.findChild<QComboBox*>(u"filterFieldCombo"_s);
        auto* op = editor.findChild<QComboBox*>(u"filterOpCombo"_s);
        auto* value = editor.findChild<QComboBox*>(u"filterValueCombo"_s);
        auto* add = editor.findChild<QPushButton*>(u"filterAddButton"_s);
        QStringList fields;
        for (int i = 0; i < field->count(); ++i)
            fields << field->itemData(i).toString();
        QStringList expected;
        for (const ReportFilterField& f : revision::reportFilterFields(ReportType::CampaignValues, u"2026-07-15"_s))
            expected << f.field;
        QCOMPARE(fields, expected);

        field->setCurrentIndex(field->findData(u"campaign_id"_s));
        QCOMPARE(op->itemData(0).toString(), u"equals"_s);
        const int index = value->findData(u"01HCAMPAIGN"_s);
        QVERIFY(index >= 0);
        QCOMPARE(value->itemText(index), u"Spring Sale (01HCAMPAIGN)"_s);
        value->setCurrentIndex(index);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(editor.query().filter);
        QCOMPARE(printFilter(*editor.query().filter), u"equals(campaign_id,\"01HCAMPAIGN\")"_s);

        // A second condition joins with and(); a list operator takes comma-separated values.
        field->setCurrentIndex(field->findData(u"send_channel"_s));
        op->setCurrentIndex(op->findData(u"contains-any"_s));
        value->setEditText(u"email, sms"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(printFilter(*editor.query().filter),
            u"and(equals(campaign_id,\"01HCAMPAIGN\"),contains-any(send_channel,[\"email\",\"sms\"]))"_s);
        QVERIFY(fieldErrors(editor, u"filter"_s).isEmpty());

        // Segment reports offer segment_id only.
        editor.chooseType(ReportType::SegmentValues);
        QCOMPARE(field->count(), 1);
        QCOMPARE(field->itemData(0).toString(), u"segment_id"_s);
        QVERIFY(!editor.query().filter);

        // A filter typed by hand on a field of another type is refused next to the filter.
        auto* filterEdit = editor.findChild<QLineEdit*>(u"reportFilterEdit"_s);
        filterEdit->setFocus();
        QTest::keyClicks(filterEdit, u"equals(flow_id,\"X\")"_s);
        QVERIFY(!fieldErrors(editor, u"filter"_s).isEmpty());
        QVERIFY(!editor.canRun());
    }

    void copyAsCurlReadsTheKeyFromTheEnvironment()
    {
        ReportQueryEditor editor;
        editor.setContext(pinnedContext());
        editor.setRequestPanelVisible(true);
        QTest::mouseClick(editor.requestPanel()->copyCurlButton(), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"$KLAVIYO_API_KEY"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"https://a.klaviyo.com/api/campaign-values-reports"_s));
        QVERIFY(curl.contains(u"campaign-values-report"_s));
        QVERIFY(curl.contains(u"2026-07-15"_s));

        // Paste request JSON takes a raw body from the clipboard.
        const QByteArray raw = readFile(QStringLiteral(TESTDATA_DIR "/queries/seed002-flow-series.json"));
        QGuiApplication::clipboard()->setText(QString::fromUtf8(raw));
        QTest::mouseClick(editor.requestPanel()->pasteButton(), Qt::LeftButton);
        QCOMPARE(editor.query().type, ReportType::FlowSeries);
        QCOMPARE(QJsonDocument::fromJson(editor.requestJson()), QJsonDocument::fromJson(raw));
    }
};

QTEST_MAIN(TestReportQueryEditor)
#include "tst_reportqueryeditor.moc"
