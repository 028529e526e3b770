// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/metricqueryeditor.h"

#include "editor/filterrowwidget.h"
#include "query/queryfile.h"
#include "query/requestbuilder.h"
#include "query/revision.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;

namespace {

// 2024-06-15T12:00:00Z: every preset and preview in these tests resolves against it.
constexpr qint64 kNow = 1718452800000;
constexpr int kKeyRole = Qt::UserRole + 1; // SearchComboBox::KeyRole

EditorContext testContext(const QString& timezone = u"UTC"_s, const QString& revision = revision::defaultRevision())
{
    EditorContext context;
    context.revision = revision;
    context.defaultTimezone = timezone;
    context.baseUrl = QUrl(u"https://a.klaviyo.com"_s);
    context.now = [] { return kNow; };
    return context;
}

MetricInfo metric(const QString& id, const QString& name, const QString& integration, const QString& category = {})
{
    MetricInfo info;
    info.id = id;
    info.name = name;
    info.integrationName = integration;
    info.integrationCategory = category;
    return info;
}

QList<MetricInfo> testMetrics()
{
    return {
        metric(u"abc123"_s, u"Placed Order"_s, u"Shopify"_s, u"eCommerce"_s),
        metric(u"PhqdJM"_s, u"Placed Order"_s, u"WooCommerce"_s, u"eCommerce"_s),
        metric(u"PPN222"_s, u"Started Checkout"_s, u"Shopify"_s, u"eCommerce"_s),
        metric(u"QhyxVR"_s, u"Opened Email"_s, u"Klaviyo"_s),
        metric(u"0rG4eQ"_s, u"Clicked Email"_s, u"Klaviyo"_s),
        metric(u"RESQ6t"_s, u"Received Email"_s, u"Klaviyo"_s),
        metric(u"PLACED_ORDER_METRIC_ID"_s, u"Placed Order"_s, u"API"_s),
    };
}

template<typename T>
T* child(const QWidget& root, const QString& name)
{
    T* widget = root.findChild<T*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

/// What a user picking entry @p row of a combo box does (click in the list, arrow keys).
void activate(QComboBox* combo, int row)
{
    QVERIFY(combo);
    QVERIFY2(row >= 0, "no such entry");
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
}

QList<QWidget*> filterRows(const QWidget& editor)
{
    QList<QWidget*> rows;
    for (QWidget* w : editor.findChildren<QWidget*>(u"filterRow"_s)) {
        if (w->isVisibleTo(const_cast<QWidget*>(&editor)))
            rows << w;
    }
    return rows;
}

QList<QToolButton*> chips(const QWidget& editor)
{
    QList<QToolButton*> out;
    for (QToolButton* b : editor.findChildren<QToolButton*>(u"byChip"_s)) {
        if (b->isVisibleTo(const_cast<QWidget*>(&editor)))
            out << b;
    }
    return out;
}

QAction* groupByAction(const QWidget& editor, const QString& dimension)
{
    auto* add = child<QToolButton>(editor, u"byAddButton"_s);
    if (!add || !add->menu())
        return nullptr;
    for (QAction* action : add->menu()->actions()) {
        if (action->data().toString() == dimension)
            return action;
    }
    return nullptr;
}

/// Everything the form shows, as text: undo must bring back exactly what was on screen.
QString shownState(const QWidget& editor)
{
    QStringList parts;
    parts << child<QComboBox>(editor, u"metricPicker"_s)->currentText();
    for (const char* name : { "measurementCount", "measurementSumValue", "measurementUnique" })
        parts << (child<QCheckBox>(editor, QString::fromLatin1(name))->isChecked() ? u"x"_s : u"-"_s);
    parts << child<QComboBox>(editor, u"rangePresetCombo"_s)->currentText();
    auto* start = child<QDateTimeEdit>(editor, u"rangeStartEdit"_s);
    if (start->isVisibleTo(const_cast<QWidget*>(&editor)))
        parts << start->text() << child<QDateTimeEdit>(editor, u"rangeEndEdit"_s)->text();
    parts << child<QComboBox>(editor, u"intervalCombo"_s)->currentText();
    parts << child<QComboBox>(editor, u"timezonePicker"_s)->currentText();
    for (QToolButton* chip : chips(editor))
        parts << chip->text();
    for (QWidget* row : filterRows(editor)) {
        parts << row->findChild<QComboBox*>(u"filterField"_s)->currentText()
              << row->findChild<QComboBox*>(u"filterOperator"_s)->currentText()
              << row->findChild<QLineEdit*>(u"filterValue"_s)->text()
              << row->findChild<QLineEdit*>(u"filterText"_s)->text();
        auto* boolean = row->findChild<QComboBox*>(u"filterBoolValue"_s);
        parts << (boolean->isVisibleTo(row) ? boolean->currentText() : QString());
    }
    parts << child<QSpinBox>(editor, u"pageSizeSpin"_s)->text();
    parts << child<QComboBox>(editor, u"sortCombo"_s)->currentText();
    return parts.join(u" | "_s);
}

/**
 * A request body with its `filter[]` reduced to its conditions, one per entry, datetime bounds
 * as instants: two bodies that ask the same thing compare equal even when one writes
 * `2022-01-01T00:00:00` in US/Eastern and the other `2022-01-01T00:00:00-05:00`, or puts both
 * bounds in one string. Strings the parser refuses are moved to @p refused.
 */
QJsonObject normalized(const QJsonObject& body, QStringList* refused)
{
    QJsonObject data = body.value("data"_L1).toObject();
    QJsonObject attributes = data.value("attributes"_L1).toObject();
    const QTimeZone zone(attributes.value("timezone"_L1).toString(u"UTC"_s).toUtf8());
    QJsonArray conditions;
    for (const QJsonValue& value : attributes.value("filter"_L1).toArray()) {
        const auto expr = parseFilter(value.toString());
        if (!expr) {
            refused->append(value.toString());
            continue;
        }
        for (const FilterExpr& c : flattenConditions(*expr)) {
            qint64 ms = 0;
            if (c.field == "datetime"_L1 && c.value && calendar::parseIsoInstant(c.value->text, &ms, zone))
                conditions.append(u"%1(datetime,@%2)"_s.arg(filterOpName(c.op)).arg(ms));
            else
                conditions.append(printFilter(c));
        }
    }
    attributes.insert("filter"_L1, conditions);
    data.insert("attributes"_L1, attributes);
    return QJsonObject { { "data"_L1, data } };
}

QString firstError(const MetricQueryEditor& editor)
{
    for (const ValidationMessage& m : editor.validation()) {
        if (m.severity == ValidationMessage::Error)
            return m.field + u": "_s + m.message;
    }
    return {};
}

QJsonObject fixture(const QString& name)
{
    return QJsonDocument::fromJson(test::readTestData(u"editor/"_s + name)).object();
}

struct FilterSpec {
    QString field;
    FilterOp op;
    QString value;
    int opCode = -1; ///< a negated choice (FilterRowWidget::kIsNotCode…) instead of op
};

} // namespace

Q_DECLARE_METATYPE(FilterSpec)
Q_DECLARE_METATYPE(kx::MetricQuery)

class TestMetricQueryEditor : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        ChooseMetric,
        ToggleMeasurement,
        ChoosePreset,
        CustomDates,
        ChooseInterval,
        ChooseTimezone,
        AddGroupBy,
        RemoveGroupBy,
        AddFilter,
        ChangeFilterField,
        ChangeFilterOperator,
        TypeFilterValue,
        RemoveFilter,
        TypePageSize,
        ChooseSort,
        PasteRequest,
        DropMetric,
        EditStartDate,
        EditEndDate,
        ChooseBooleanValue,
        RemoveVerbatimRow,
        ChooseTimezoneWithCustomDates,
        NegateFilter,
        ChooseIsNotEmpty,
    };
    Q_ENUM(Action)

private Q_SLOTS:
    void initTestCase();

    void startsCompactWithDefaults();
    void contextDefaultsApplyToNewQueriesOnly();
    void metricPickerSearchesNameAndIntegration();
    void metricFromAnotherAccountStaysVisible();
    void editorActionsBuildSeedBodies_data();
    void editorActionsBuildSeedBodies();
    void pastedRequestRoundTripsExactly_data();
    void pastedRequestRoundTripsExactly();
    void pasteButtonReadsTheClipboard();
    void refusedPasteLeavesQueryAlone_data();
    void refusedPasteLeavesQueryAlone();
    void everyEditUndoesAndRedoes_data();
    void everyEditUndoesAndRedoes();
    void typingMergesIntoOneUndoStep();
    void undoKeyInATextFieldUndoesTheQuery();
    void validationShowsNextToFields_data();
    void validationShowsNextToFields();
    void validationRunsAsYouType();
    void focusFieldFocusesTheWidget_data();
    void focusFieldFocusesTheWidget();
    void droppedMetricBecomesTheMetric();
    void droppedMetricOnAChildInput();
    void foreignDropIsIgnored();
    void ctrlReturnAsksToRunOnlyWhenValid();
    void groupByOffersTheRevisionsValuesCommonFirst();
    void filterRowsFitTheFieldType();
    void customDatesAreWallTimesOfTheQueryZone();
    void presetShowsTheDatesItCovers();
    void requestPanelIsCollapsedAndLive();
    void requestPanelGoesBesideOrBelow();
    void longRangeShowsEveryChunk();
    void copyAsCurlUsesTheKeyVariable();
    void sortOffersTheQuerysOwnValues();
    void measurementsDatesAndZonesAreSelfExplaining();
    void numberFilterValuesTakeNumbersOnly();
    void pastedSeedNegationIsAnEditableRow();
    void rendersARealisticState();

private:
    void perform(MetricQueryEditor& editor, Action action);
};

void TestMetricQueryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<FilterSpec>();
}

void TestMetricQueryEditor::startsCompactWithDefaults()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const MetricQuery q = editor.query();
    QCOMPARE(q.measurements, QList<Measurement> { Measurement::Count });
    QCOMPARE(q.range.kind, DateRange::Kind::Preset);
    QVERIFY(q.metricId.isEmpty());
    QVERIFY(!editor.canRun()); // no metric yet
    QVERIFY(!child<QWidget>(editor, u"requestPanel"_s)->isVisible());
    QVERIFY(!editor.isRequestPanelVisible());
    QCOMPARE(editor.undoStack()->count(), 0);
    // Room for the results below: the form needs few lines.
    QVERIFY2(editor.minimumSizeHint().height() < 260, qPrintable(QString::number(editor.minimumSizeHint().height())));
}

void TestMetricQueryEditor::contextDefaultsApplyToNewQueriesOnly()
{
    MetricQueryEditor fresh;
    EditorContext context = testContext(u"America/New_York"_s);
    context.defaultInterval = Interval::Week;
    fresh.setContext(context);
    QCOMPARE(fresh.query().timezone, u"America/New_York"_s);
    QCOMPARE(fresh.query().interval, Interval::Week);
    QVERIFY(child<QComboBox>(fresh, u"timezonePicker"_s)->currentText().startsWith(u"America/New_York (UTC-04:00)"_s));
    QCOMPARE(fresh.undoStack()->count(), 0);

    MetricQueryEditor opened;
    MetricQuery saved;
    saved.metricId = u"abc123"_s;
    saved.measurements = { Measurement::SumValue };
    saved.timezone = u"Europe/Paris"_s;
    opened.setQuery(saved);
    opened.setContext(context);
    QCOMPARE(opened.query(), saved);
}

void TestMetricQueryEditor::metricPickerSearchesNameAndIntegration()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    QCOMPARE(picker->count(), testMetrics().size());
    QCOMPARE(picker->itemText(0), u"Clicked Email — Klaviyo"_s); // sorted by name

    QCompleter* completer = picker->completer();
    completer->setCompletionPrefix(u"shop"_s);
    QCOMPARE(completer->completionCount(), 2); // by integration
    completer->setCompletionPrefix(u"order"_s);
    QCOMPARE(completer->completionCount(), 3); // by any part of the name
    completer->setCompletionPrefix(u"CHECKOUT"_s);
    QCOMPARE(completer->completionCount(), 1);

    QSignalSpy changed(&editor, &MetricQueryEditor::queryChanged);
    picker->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), u"checkout"_s);
    QAbstractItemView* popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    popup->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(editor.query().metricId, u"PPN222"_s);
    QCOMPARE(editor.query().metricName, u"Started Checkout"_s);
    QCOMPARE(editor.query().integrationName, u"Shopify"_s);
    QCOMPARE(changed.count(), 1);

    // Text that names nothing does not change the metric and is put back.
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), u"nothing like it"_s);
    completer->popup()->hide();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(editor.query().metricId, u"PPN222"_s);
    QCOMPARE(picker->lineEdit()->text(), u"Started Checkout — Shopify"_s);
}

void TestMetricQueryEditor::metricFromAnotherAccountStaysVisible()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    MetricQuery saved;
    saved.metricId = u"ZZZ999"_s;
    saved.metricName = u"Viewed Product"_s;
    saved.integrationName = u"Shopify"_s;
    saved.measurements = { Measurement::Count };
    editor.setQuery(saved);
    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    QCOMPARE(picker->currentText(), u"Viewed Product — Shopify"_s);
    QCOMPARE(picker->count(), testMetrics().size() + 1);
    // Choosing an account metric drops the extra entry.
    activate(picker, picker->findData(u"RESQ6t"_s, kKeyRole));
    QCOMPARE(editor.query().metricId, u"RESQ6t"_s);
    QCOMPARE(picker->count(), testMetrics().size());
    editor.undoStack()->undo();
    QCOMPARE(picker->currentText(), u"Viewed Product — Shopify"_s);
    QCOMPARE(editor.query(), saved);
}

void TestMetricQueryEditor::editorActionsBuildSeedBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("metricEntry");
    QTest::addColumn<QStringList>("measurements");
    QTest::addColumn<QDateTime>("start"); // wall time in the query timezone
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QStringList>("by");
    QTest::addColumn<QList<FilterSpec>>("filters");
    QTest::addColumn<int>("pageSize");

    auto wall = [](int y, int m, int d, int h = 0) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); };
    // Seed 001's not(equals($attributed_flow,"")): "Attributed flow" / "is not empty".
    const QList<FilterSpec> notFlow { { u"$attributed_flow"_s, FilterOp::Equals, QString(),
        FilterRowWidget::kIsNotEmptyCode } };
    QTest::addRow("sql-style") << u"seed001-sql-style.json"_s << u"Placed Order — Shopify"_s
                               << QStringList { u"sum_value"_s } << wall(2022, 1, 1) << wall(2023, 1, 1)
                               << int(Interval::Month) << u"US/Eastern"_s << QStringList { u"$attributed_flow"_s }
                               << notFlow << 0;
    QTest::addRow("flow-revenue") << u"seed001-flow-revenue.json"_s << u"Placed Order — WooCommerce"_s
                                  << QStringList { u"sum_value"_s } << wall(2022, 1, 1) << wall(2023, 1, 1)
                                  << int(Interval::Month) << u"US/Eastern"_s << QStringList { u"$attributed_flow"_s }
                                  << notFlow << 0;
    QTest::addRow("daily-started-checkout")
        << u"seed001-daily-started-checkout.json"_s << u"Started Checkout — Shopify"_s << QStringList { u"count"_s }
        << wall(2023, 3, 10, 5) << wall(2023, 3, 11, 5) << int(Interval::Day) << u"US/Eastern"_s << QStringList {}
        << QList<FilterSpec> {} << 0;
    QTest::addRow("unique-opens-all-messages")
        << u"seed001-unique-opens-all-messages.json"_s << u"Opened Email — Klaviyo"_s << QStringList { u"unique"_s }
        << wall(2022, 1, 1) << wall(2022, 12, 31) << int(Interval::Month) << u"US/Eastern"_s
        << QStringList { u"$message"_s } << QList<FilterSpec> {} << 0;
    QTest::addRow("unique-opens-one-message")
        << u"seed001-unique-opens-one-message.json"_s << u"Opened Email — Klaviyo"_s << QStringList { u"unique"_s }
        << wall(2022, 1, 1) << wall(2022, 12, 31) << int(Interval::Month) << u"US/Eastern"_s << QStringList {}
        << QList<FilterSpec> { { u"$message"_s, FilterOp::Equals, u"01GAQWA31SZKABEZJNXDBGW2F1"_s } } << 0;
    QTest::addRow("conversions-all") << u"seed001-conversions-all.json"_s << u"Placed Order — API"_s
                                     << QStringList { u"count"_s } << wall(2023, 1, 1) << wall(2023, 4, 1)
                                     << int(Interval::Week) << u"America/New_York"_s
                                     << QStringList { u"$attributed_message"_s } << QList<FilterSpec> {} << 0;
    QTest::addRow("conversions-one-campaign")
        << u"seed001-conversions-one-campaign.json"_s << u"Placed Order — API"_s << QStringList { u"count"_s }
        << wall(2023, 1, 1) << wall(2023, 4, 1) << int(Interval::Week) << u"America/New_York"_s << QStringList {}
        << QList<FilterSpec> { { u"$attributed_message"_s, FilterOp::Equals, u"Campaign_ID"_s } } << 0;
    QTest::addRow("revenue-all") << u"seed001-revenue-all.json"_s << u"Placed Order — API"_s
                                 << QStringList { u"sum_value"_s } << wall(2023, 1, 1) << wall(2023, 4, 1)
                                 << int(Interval::Week) << u"America/New_York"_s
                                 << QStringList { u"$attributed_message"_s } << QList<FilterSpec> {} << 0;
    QTest::addRow("revenue-one-campaign")
        << u"seed001-revenue-one-campaign.json"_s << u"Placed Order — API"_s << QStringList { u"sum_value"_s }
        << wall(2023, 1, 1) << wall(2023, 4, 1) << int(Interval::Week) << u"America/New_York"_s << QStringList {}
        << QList<FilterSpec> { { u"$attributed_message"_s, FilterOp::Equals, u"Campaign_ID"_s } } << 0;
    QTest::addRow("digest-spec-example")
        << u"digest-4-1-spec-example.json"_s << u"Clicked Email — Klaviyo"_s << QStringList { u"count"_s }
        << wall(2022, 12, 1) << wall(2022, 12, 8) << int(Interval::Day) << u"America/New_York"_s
        << QStringList { u"$message"_s } << QList<FilterSpec> {} << 500;
}

void TestMetricQueryEditor::editorActionsBuildSeedBodies()
{
    QFETCH(QString, file);
    QFETCH(QString, metricEntry);
    QFETCH(QStringList, measurements);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(int, interval);
    QFETCH(QString, timezone);
    QFETCH(QStringList, by);
    QFETCH(QList<FilterSpec>, filters);
    QFETCH(int, pageSize);

    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.resize(1100, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    activate(picker, picker->findText(metricEntry));
    for (Measurement m : allMeasurements()) {
        const char* name = m == Measurement::Count ? "measurementCount"
            : m == Measurement::SumValue           ? "measurementSumValue"
                                                   : "measurementUnique";
        auto* box = child<QCheckBox>(editor, QString::fromLatin1(name));
        if (box->isChecked() != measurements.contains(measurementName(m)))
            box->click();
    }
    auto* timezonePicker = child<QComboBox>(editor, u"timezonePicker"_s);
    activate(timezonePicker, timezonePicker->findData(timezone, kKeyRole));
    auto* preset = child<QComboBox>(editor, u"rangePresetCombo"_s);
    activate(preset, preset->findData(-1));
    child<QDateTimeEdit>(editor, u"rangeStartEdit"_s)->setDateTime(start);
    child<QDateTimeEdit>(editor, u"rangeEndEdit"_s)->setDateTime(end);
    auto* intervalCombo = child<QComboBox>(editor, u"intervalCombo"_s);
    activate(intervalCombo, intervalCombo->findData(interval));
    for (const QString& dimension : by) {
        QAction* action = groupByAction(editor, dimension);
        QVERIFY2(action, qPrintable(dimension));
        action->trigger();
    }
    for (const FilterSpec& spec : filters) {
        QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
        QWidget* row = filterRows(editor).constLast();
        auto* field = row->findChild<QComboBox*>(u"filterField"_s);
        activate(field, field->findData(spec.field));
        auto* op = row->findChild<QComboBox*>(u"filterOperator"_s);
        activate(op, op->findData(spec.opCode >= 0 ? spec.opCode : int(spec.op)));
        row = filterRows(editor).constLast(); // a negated row is listed last
        if (!spec.value.isEmpty())
            QTest::keyClicks(row->findChild<QLineEdit*>(u"filterValue"_s), spec.value);
    }
    if (pageSize > 0) {
        auto* spin = child<QSpinBox>(editor, u"pageSizeSpin"_s);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(pageSize));
    }

    const QJsonObject expected = fixture(file);
    QVERIFY(!expected.isEmpty());
    const QJsonObject body = metricAggregateBody(editor.query(), kNow);
    QStringList refusedBuilt;
    QStringList refusedExpected;
    QCOMPARE(normalized(body, &refusedBuilt), normalized(expected, &refusedExpected));
    // Nothing is pasted or kept verbatim: a not(...) the parser refuses is built by the editor,
    // letter for letter and at the same place in filter[].
    QCOMPARE(refusedBuilt, refusedExpected);
    const QJsonArray builtFilters =
        body.value("data"_L1).toObject().value("attributes"_L1).toObject().value("filter"_L1).toArray();
    const QJsonArray expectedFilters =
        expected.value("data"_L1).toObject().value("attributes"_L1).toObject().value("filter"_L1).toArray();
    for (const QString& negated : std::as_const(refusedExpected))
        QCOMPARE(builtFilters.toVariantList().indexOf(QVariant(negated)),
            expectedFilters.toVariantList().indexOf(QVariant(negated)));

    // What the request panel shows is that body.
    editor.setRequestPanelVisible(true);
    const auto shown = QJsonDocument::fromJson(child<QPlainTextEdit>(editor, u"requestView"_s)->toPlainText().toUtf8());
    QCOMPARE(shown.object(), body);
    // Klaviyo's own examples are runnable as they are (US/Eastern included, digest §4.4).
    QVERIFY2(editor.canRun(), qPrintable(firstError(editor)));
}

void TestMetricQueryEditor::pastedRequestRoundTripsExactly_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(TESTDATA_DIR "/editor")).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString& file : files)
        QTest::addRow("%s", qPrintable(file)) << file;
}

void TestMetricQueryEditor::pastedRequestRoundTripsExactly()
{
    QFETCH(QString, file);
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    const QByteArray raw = test::readTestData(u"editor/"_s + file);
    const QJsonObject expected = QJsonDocument::fromJson(raw).object();

    QString error;
    QVERIFY2(editor.pasteRequest(raw, &error), qPrintable(error));
    QCOMPARE(editor.undoStack()->count(), 1);
    QueryDocument document;
    document.metric = editor.query();
    QCOMPARE(QJsonDocument::fromJson(queryfile::toRawRequest(document, kNow)).object(), expected);

    // The panel shows the same request, and the picker the account's name for the id.
    editor.setRequestPanelVisible(true);
    const auto shown = QJsonDocument::fromJson(child<QPlainTextEdit>(editor, u"requestView"_s)->toPlainText().toUtf8());
    QCOMPARE(shown.object(), expected);
    const QString id = expected.value("data"_L1).toObject().value("attributes"_L1).toObject().value("metric_id"_L1).toString();
    for (const MetricInfo& m : testMetrics()) {
        if (m.id == id)
            QCOMPARE(editor.query().metricName, m.name);
    }

    // Showing it in the form changed nothing; undo goes back to the empty query.
    editor.undoStack()->undo();
    QVERIFY(editor.query().metricId.isEmpty());
    editor.undoStack()->redo();
    QCOMPARE(QJsonDocument::fromJson(queryfile::toRawRequest(document, kNow)).object(), expected);
}

void TestMetricQueryEditor::pasteButtonReadsTheClipboard()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setRequestPanelVisible(true);
    const QByteArray raw = test::readTestData(u"editor/seed001-unique-opens-one-message.json"_s);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(raw));
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(raw));
    child<QPushButton>(editor, u"pasteRequestButton"_s)->click();
    QVERIFY2(!child<QLabel>(editor, u"requestMessage"_s)->property("error").toBool(),
        qPrintable(child<QLabel>(editor, u"requestMessage"_s)->text()));
    QCOMPARE(editor.query().metricId, u"QhyxVR"_s);
    QCOMPARE(filterRows(editor).size(), 1);
    QCOMPARE(filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s)->text(),
        u"01GAQWA31SZKABEZJNXDBGW2F1"_s);
    auto* note = child<QLabel>(editor, u"requestMessage"_s);
    QVERIFY(note->isVisible());
    QVERIFY(!note->property("error").toBool());

    QGuiApplication::clipboard()->setText(u"{ not json"_s);
    const MetricQuery before = editor.query();
    child<QPushButton>(editor, u"pasteRequestButton"_s)->click();
    QCOMPARE(editor.query(), before);
    QVERIFY(note->property("error").toBool());
    QVERIFY(!note->text().isEmpty());
}

void TestMetricQueryEditor::refusedPasteLeavesQueryAlone_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addRow("not json") << QByteArray("{\"data\": ");
    QTest::addRow("report request") << test::readTestData(u"queries/seed002-flow-values.json"_s);
    QTest::addRow("typo of the 2023 spec") << test::readTestData(u"queries/refused-digest-4-6-typo.json"_s);
    QTest::addRow("array") << QByteArray("[1,2,3]");
}

void TestMetricQueryEditor::refusedPasteLeavesQueryAlone()
{
    QFETCH(QByteArray, raw);
    QVERIFY(!raw.isEmpty());
    MetricQueryEditor editor;
    editor.setContext(testContext());
    const MetricQuery before = editor.query();
    QSignalSpy changed(&editor, &MetricQueryEditor::queryChanged);
    QString error;
    QVERIFY(!editor.pasteRequest(raw, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(editor.query(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestMetricQueryEditor::everyEditUndoesAndRedoes_data()
{
    QTest::addColumn<Action>("action");
    const QMetaEnum actions = QMetaEnum::fromType<Action>();
    for (int i = 0; i < actions.keyCount(); ++i)
        QTest::addRow("%s", actions.key(i)) << Action(actions.value(i));
}

void TestMetricQueryEditor::perform(MetricQueryEditor& editor, Action action)
{
    switch (action) {
    case Action::ChooseMetric: {
        auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
        activate(picker, picker->findData(u"RESQ6t"_s, kKeyRole));
        break;
    }
    case Action::ToggleMeasurement:
        child<QCheckBox>(editor, u"measurementSumValue"_s)->click();
        break;
    case Action::ChoosePreset: {
        auto* preset = child<QComboBox>(editor, u"rangePresetCombo"_s);
        activate(preset, preset->findData(int(RangePreset::LastYear)));
        break;
    }
    case Action::CustomDates: {
        auto* preset = child<QComboBox>(editor, u"rangePresetCombo"_s);
        activate(preset, preset->findData(-1));
        break;
    }
    case Action::ChooseInterval: {
        auto* combo = child<QComboBox>(editor, u"intervalCombo"_s);
        activate(combo, combo->findData(int(Interval::Hour)));
        break;
    }
    case Action::ChooseTimezone: {
        auto* combo = child<QComboBox>(editor, u"timezonePicker"_s);
        activate(combo, combo->findData(u"Asia/Tokyo"_s, kKeyRole));
        break;
    }
    case Action::AddGroupBy:
        groupByAction(editor, u"$flow"_s)->trigger();
        break;
    case Action::RemoveGroupBy:
        QTest::mouseClick(chips(editor).constFirst(), Qt::LeftButton);
        break;
    case Action::AddFilter:
        QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
        break;
    case Action::ChangeFilterField: {
        auto* field = filterRows(editor).constFirst()->findChild<QComboBox*>(u"filterField"_s);
        activate(field, field->findData(u"Campaign Name"_s));
        break;
    }
    case Action::ChangeFilterOperator: {
        auto* op = filterRows(editor).constFirst()->findChild<QComboBox*>(u"filterOperator"_s);
        activate(op, op->findData(int(FilterOp::Any)));
        break;
    }
    case Action::TypeFilterValue: {
        auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
        value->setFocus();
        value->end(false);
        QTest::keyClicks(value, u"B2"_s);
        break;
    }
    case Action::RemoveFilter:
        QTest::mouseClick(filterRows(editor).constFirst()->findChild<QToolButton*>(u"filterRemove"_s), Qt::LeftButton);
        break;
    case Action::TypePageSize: {
        auto* spin = child<QSpinBox>(editor, u"pageSizeSpin"_s);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, u"250"_s);
        break;
    }
    case Action::ChooseSort: {
        auto* sort = child<QComboBox>(editor, u"sortCombo"_s);
        activate(sort, sort->findData(u"-count"_s));
        break;
    }
    case Action::PasteRequest:
        QVERIFY(editor.pasteRequest(test::readTestData(u"editor/seed001-revenue-all.json"_s)));
        break;
    case Action::DropMetric: {
        QMimeData mime;
        mime.setData(QLatin1StringView(kMetricMimeType), R"({"id":"0rG4eQ","name":"Clicked Email","integration":"Klaviyo"})");
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&editor, &drop);
        QVERIFY(drop.isAccepted());
        break;
    }
    case Action::EditStartDate:
    case Action::EditEndDate: {
        // Two steps of the day section with the arrow key: one merged undo step.
        auto* edit =
            child<QDateTimeEdit>(editor, action == Action::EditStartDate ? u"rangeStartEdit"_s : u"rangeEndEdit"_s);
        QVERIFY(edit->isVisible());
        edit->setFocus();
        edit->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClick(edit, Qt::Key_Up);
        QTest::keyClick(edit, Qt::Key_Up);
        break;
    }
    case Action::ChooseBooleanValue: {
        auto* combo = filterRows(editor).constFirst()->findChild<QComboBox*>(u"filterBoolValue"_s);
        QVERIFY(combo->isVisible());
        activate(combo, combo->findData(true));
        break;
    }
    case Action::RemoveVerbatimRow: {
        QWidget* row = filterRows(editor).constLast();
        QVERIFY(row->findChild<QLineEdit*>(u"filterText"_s)->isVisible()); // read-only
        QTest::mouseClick(row->findChild<QToolButton*>(u"filterRemove"_s), Qt::LeftButton);
        break;
    }
    case Action::ChooseTimezoneWithCustomDates: {
        auto* combo = child<QComboBox>(editor, u"timezonePicker"_s);
        activate(combo, combo->findData(u"Asia/Tokyo"_s, kKeyRole));
        break;
    }
    case Action::NegateFilter:
    case Action::ChooseIsNotEmpty: {
        auto* op = filterRows(editor).constFirst()->findChild<QComboBox*>(u"filterOperator"_s);
        activate(op,
            op->findData(
                action == Action::NegateFilter ? FilterRowWidget::kIsNotCode : FilterRowWidget::kIsNotEmptyCode));
        break;
    }
    }
}

void TestMetricQueryEditor::everyEditUndoesAndRedoes()
{
    QFETCH(Action, action);
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    MetricQuery start;
    start.metricId = u"QhyxVR"_s;
    start.metricName = u"Opened Email"_s;
    start.integrationName = u"Klaviyo"_s;
    start.measurements = { Measurement::Count };
    start.by = { u"$message"_s };
    start.filters = { FilterExpr::condition(FilterOp::Equals, u"$message"_s, FilterValue::string(u"A1"_s)) };
    if (action == Action::EditStartDate || action == Action::EditEndDate
        || action == Action::ChooseTimezoneWithCustomDates) {
        start.timezone = u"America/New_York"_s;
        start.range.kind = DateRange::Kind::Absolute;
        start.range.startText = u"2024-01-01T00:00:00-05:00"_s;
        start.range.endText = u"2024-02-01T00:00:00-05:00"_s;
    }
    if (action == Action::ChooseBooleanValue)
        start.filters = { FilterExpr::condition(FilterOp::Equals, u"Bot Click"_s, FilterValue::booleanValue(false)) };
    if (action == Action::RemoveVerbatimRow)
        start.verbatimFilters = { VerbatimFilter { 3, u"or(equals($flow,\"A\"),equals($flow,\"B\"))"_s } };
    editor.setQuery(start);
    editor.resize(1100, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));

    const MetricQuery before = editor.query();
    const QString shownBefore = shownState(editor);
    QSignalSpy changed(&editor, &MetricQueryEditor::queryChanged);
    perform(editor, action);
    QCoreApplication::processEvents(); // removed rows and chips are deleted later
    const MetricQuery after = editor.query();
    const QString shownAfter = shownState(editor);
    QVERIFY(after != before);
    QVERIFY2(shownAfter != shownBefore, qPrintable(shownAfter));
    QCOMPARE(editor.undoStack()->count(), 1); // one edit, even when typed key by key
    QVERIFY(changed.count() >= 1);

    editor.undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(editor.query(), before);
    QCOMPARE(shownState(editor), shownBefore);
    editor.undoStack()->redo();
    QCoreApplication::processEvents();
    QCOMPARE(editor.query(), after);
    QCOMPARE(shownState(editor), shownAfter);

    switch (action) {
    case Action::EditStartDate:
        QCOMPARE(after.range.startText, u"2024-01-03T00:00:00-05:00"_s);
        QCOMPARE(after.range.endText, before.range.endText);
        break;
    case Action::EditEndDate:
        QCOMPARE(after.range.endText, u"2024-02-03T00:00:00-05:00"_s);
        QCOMPARE(after.range.startText, before.range.startText);
        break;
    case Action::ChooseBooleanValue:
        QCOMPARE(printFilter(after.filters.value(0)), u"equals(Bot Click,true)"_s);
        break;
    case Action::RemoveVerbatimRow:
        QVERIFY(after.verbatimFilters.isEmpty());
        QCOMPARE(after.filters, before.filters);
        break;
    case Action::ChooseTimezoneWithCustomDates:
        // One step moves the zone and keeps the wall times, so undo restores both.
        QCOMPARE(after.timezone, u"Asia/Tokyo"_s);
        QCOMPARE(after.range.startText, u"2024-01-01T00:00:00+09:00"_s);
        QCOMPARE(before.range.startText, u"2024-01-01T00:00:00-05:00"_s);
        break;
    case Action::NegateFilter:
        QVERIFY(after.filters.isEmpty());
        QCOMPARE(after.verbatimFilters, (QList<VerbatimFilter> { { 2, u"not(equals($message,\"A1\"))"_s } }));
        QVERIFY(editor.canRun());
        break;
    case Action::ChooseIsNotEmpty:
        QCOMPARE(after.verbatimFilters, (QList<VerbatimFilter> { { 2, u"not(equals($message,\"\"))"_s } }));
        QVERIFY(filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s)->isHidden());
        break;
    default:
        break;
    }
}

void TestMetricQueryEditor::typingMergesIntoOneUndoStep()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
    value->setFocus();
    QTest::keyClicks(value, u"spring sale"_s);
    QCOMPARE(editor.undoStack()->count(), 2); // add the row, type the value
    QCOMPARE(editor.query().filters.constFirst().value->text, u"spring sale"_s);
    // Typing elsewhere starts a new step; typing back in the value field does too.
    auto* spin = child<QSpinBox>(editor, u"pageSizeSpin"_s);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"40"_s);
    QCOMPARE(editor.undoStack()->count(), 3);
    QCOMPARE(editor.query().pageSize, std::optional<int>(40));
    value->setFocus();
    QTest::keyClicks(value, u"!"_s);
    QCOMPARE(editor.undoStack()->count(), 4);

    editor.undoStack()->undo();
    QCOMPARE(value->text(), u"spring sale"_s);
    editor.undoStack()->undo();
    QCOMPARE(editor.query().pageSize, std::nullopt);
    editor.undoStack()->undo();
    QCOMPARE(value->text(), QString());
    QCOMPARE(editor.query().filters.size(), 1);

    // Typing that ends where it began leaves no step behind.
    const int count = editor.undoStack()->count();
    const int index = editor.undoStack()->index();
    value->setFocus();
    QTest::keyClicks(value, u"x"_s);
    QTest::keyClick(value, Qt::Key_Backspace);
    QCOMPARE(editor.undoStack()->index(), index);
    QVERIFY(editor.undoStack()->count() <= count);
}

void TestMetricQueryEditor::undoKeyInATextFieldUndoesTheQuery()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
    value->setFocus();
    QTest::keyClicks(value, u"abc"_s);
    QTest::keySequence(value, QKeySequence::Undo);
    QCOMPARE(editor.query().filters.constFirst().value->text, QString());
    QCOMPARE(value->text(), QString());
    QTest::keySequence(value, QKeySequence::Redo);
    QCOMPARE(value->text(), u"abc"_s);
    QCOMPARE(editor.undoStack()->index(), 2);
}

void TestMetricQueryEditor::validationShowsNextToFields_data()
{
    QTest::addColumn<MetricQuery>("query");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("fieldPrefix");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("isError");

    MetricQuery good;
    good.metricId = u"QhyxVR"_s;
    good.measurements = { Measurement::Count };
    const QString rev = revision::defaultRevision();

    MetricQuery q = good;
    q.metricId.clear();
    QTest::addRow("no metric") << q << rev << u"metric"_s << u"metricMessage"_s << true;
    q = good;
    q.measurements.clear();
    QTest::addRow("no measurement") << q << rev << u"measurements"_s << u"measurementsMessage"_s << true;
    q = good;
    q.timezone = u"Europe/Kyiv"_s;
    QTest::addRow("refused timezone") << q << rev << u"timezone"_s << u"timezoneMessage"_s << true;
    q = good;
    q.timezone = u"Mars/Olympus"_s;
    QTest::addRow("unknown timezone") << q << rev << u"timezone"_s << u"timezoneMessage"_s << true;
    q = good;
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = u"2024-03-01T00:00:00+00:00"_s;
    q.range.endText = u"2024-02-01T00:00:00+00:00"_s;
    QTest::addRow("end before start") << q << rev << u"range"_s << u"rangeMessage"_s << true;
    q = good;
    q.by = { u"$message"_s, u"Bot Click"_s };
    QTest::addRow("by unknown to the revision") << q << u"2023-10-15"_s << u"by"_s << u"byMessage"_s << true;
    q = good;
    q.sort = u"-Bot Click"_s;
    q.by = { u"$message"_s };
    QTest::addRow("sort unknown to the revision") << q << u"2023-10-15"_s << u"sort"_s << u"sortMessage"_s << true;
    q = good;
    q.pageSize = 20000;
    QTest::addRow("page size too big") << q << rev << u"pageSize"_s << u"pageSizeMessage"_s << true;
    q = good;
    q.filters = { FilterExpr::condition(FilterOp::Equals, u"Segment Count"_s, FilterValue::string(u"many"_s)) };
    QTest::addRow("text in a number filter") << q << rev << u"filters[0]"_s << u"filterMessage"_s << true;
    q = good;
    q.measurements = { Measurement::Count, Measurement::Unique };
    QTest::addRow("unique is not additive") << q << rev << u"measurements"_s << u"measurementsMessage"_s << false;
    q = good;
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = u"2021-01-01T00:00:00+00:00"_s;
    q.range.endText = u"2023-07-01T00:00:00+00:00"_s;
    QTest::addRow("over a year") << q << rev << u"range"_s << u"rangeMessage"_s << false;
    q = good;
    q.interval = Interval::Hour;
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = u"2024-01-01T00:00:00+00:00"_s;
    q.range.endText = u"2024-08-02T00:00:00+00:00"_s; // 214 days of hours
    QTest::addRow("many hourly buckets") << q << rev << u"interval"_s << u"intervalMessage"_s << false;
    q = good;
    q.verbatimFilters = { VerbatimFilter { 2, u"not(equals(No Such Field,\"\"))"_s } };
    QTest::addRow("negated filter on an unknown field") << q << rev << u"verbatim[0]"_s << u"filterMessage"_s << true;
}

void TestMetricQueryEditor::validationShowsNextToFields()
{
    QFETCH(MetricQuery, query);
    QFETCH(QString, revision);
    QFETCH(QString, fieldPrefix);
    QFETCH(QString, label);
    QFETCH(bool, isError);

    MetricQueryEditor editor;
    editor.setContext(testContext(u"UTC"_s, revision));
    editor.setQuery(query);
    editor.resize(1100, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const QList<ValidationMessage> messages = editor.validation();
    const auto found = std::find_if(messages.cbegin(), messages.cend(), [&](const ValidationMessage& m) {
        return m.field.startsWith(fieldPrefix)
            && (m.severity == ValidationMessage::Severity::Error) == isError;
    });
    QVERIFY2(found != messages.cend(), qPrintable(fieldPrefix));
    QVERIFY(!found->message.isEmpty());
    QCOMPARE(editor.canRun(), !isError);

    // The message sits by its field: a filter's in its own row.
    QLabel* shown = nullptr;
    if (label == "filterMessage"_L1)
        shown = filterRows(editor).constFirst()->findChild<QLabel*>(label);
    else
        shown = child<QLabel>(editor, label);
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(found->message), qPrintable(shown->text()));
    // …and nowhere else.
    for (QLabel* other : editor.findChildren<QLabel*>()) {
        if (other != shown && other->objectName().endsWith("Message"_L1) && other->isVisible())
            QVERIFY2(!other->text().contains(found->message), qPrintable(other->objectName()));
    }
}

void TestMetricQueryEditor::validationRunsAsYouType()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy validity(&editor, &MetricQueryEditor::validationChanged);
    QVERIFY(!editor.canRun());
    QVERIFY(child<QLabel>(editor, u"metricMessage"_s)->isVisible());

    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    activate(picker, picker->findData(u"RESQ6t"_s, kKeyRole));
    QVERIFY(editor.canRun());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.last().at(0).toBool(), true);
    QVERIFY(!child<QLabel>(editor, u"metricMessage"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    QWidget* row = filterRows(editor).constFirst();
    auto* field = row->findChild<QComboBox*>(u"filterField"_s);
    activate(field, field->findData(u"Segment Count"_s));
    auto* value = row->findChild<QLineEdit*>(u"filterValue"_s);
    value->setFocus();
    QTest::keyClicks(value, u"1"_s);
    QVERIFY(editor.canRun());
    // Letters are not taken; a lone minus sign, on the way to a number, is not a number yet.
    value->selectAll();
    QTest::keyClicks(value, u"-"_s);
    QVERIFY(!editor.canRun());
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(row->findChild<QLabel*>(u"filterMessage"_s)->isVisible());
    QTest::keyClicks(value, u"1"_s);
    QVERIFY(editor.canRun());
    QVERIFY(!row->findChild<QLabel*>(u"filterMessage"_s)->isVisible());
    QCOMPARE(printFilter(editor.query().filters.constFirst()), u"equals(Segment Count,-1)"_s);
}

void TestMetricQueryEditor::focusFieldFocusesTheWidget_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<int>("index"); // among widgets of that name (chips, filter rows)

    QTest::addRow("metric") << u"metric"_s << u"metricPicker"_s << 0;
    QTest::addRow("metric pointer") << u"/data/attributes/metric_id"_s << u"metricPicker"_s << 0;
    QTest::addRow("measurements pointer") << u"/data/attributes/measurements"_s << u"measurementCount"_s << 0;
    QTest::addRow("timezone") << u"timezone"_s << u"timezonePicker"_s << 0;
    QTest::addRow("timezone pointer") << u"/data/attributes/timezone"_s << u"timezonePicker"_s << 0;
    QTest::addRow("interval") << u"interval"_s << u"intervalCombo"_s << 0;
    QTest::addRow("range start") << u"range.start"_s << u"rangeStartEdit"_s << 0;
    QTest::addRow("range end") << u"range.end"_s << u"rangeEndEdit"_s << 0;
    QTest::addRow("start bound pointer") << u"/data/attributes/filter/0"_s << u"rangeStartEdit"_s << 0;
    QTest::addRow("end bound pointer") << u"/data/attributes/filter/1"_s << u"rangeEndEdit"_s << 0;
    QTest::addRow("by[1]") << u"by[1]"_s << u"byChip"_s << 1;
    QTest::addRow("by pointer") << u"/data/attributes/by/0"_s << u"byChip"_s << 0;
    QTest::addRow("filters[1]") << u"filters[1]"_s << u"filterValue"_s << 1;
    QTest::addRow("filter pointer") << u"/data/attributes/filter/2"_s << u"filterValue"_s << 0;
    QTest::addRow("filters[0].value") << u"filters[0].value"_s << u"filterValue"_s << 0;
    QTest::addRow("page size") << u"pageSize"_s << u"pageSizeSpin"_s << 0;
    QTest::addRow("page size pointer") << u"/data/attributes/page_size"_s << u"pageSizeSpin"_s << 0;
    QTest::addRow("sort") << u"sort"_s << u"sortCombo"_s << 0;
    QTest::addRow("sort pointer") << u"/data/attributes/sort"_s << u"sortCombo"_s << 0;
}

void TestMetricQueryEditor::focusFieldFocusesTheWidget()
{
    QFETCH(QString, field);
    QFETCH(QString, objectName);
    QFETCH(int, index);

    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    QString error;
    // Bounds at filter/0 and filter/1, then the two dimension filters.
    const QByteArray raw = R"json({"data":{"type":"metric-aggregate","attributes":{
        "metric_id":"QhyxVR","measurements":["count"],"interval":"day","timezone":"UTC",
        "by":["$message","$flow"],"page_size":100,"sort":"-count",
        "filter":["greater-or-equal(datetime,2024-01-01T00:00:00+00:00)","less-than(datetime,2024-02-01T00:00:00+00:00)",
                  "equals($message,\"A\")","equals($flow,\"B\")"]}}})json";
    const bool pasted = editor.pasteRequest(raw, &error);
    QVERIFY2(pasted, qPrintable(error));
    editor.resize(1100, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    child<QPushButton>(editor, u"addFilterButton"_s)->setFocus();

    QList<QWidget*> candidates;
    for (QWidget* w : editor.findChildren<QWidget*>(objectName)) {
        if (w->isVisible())
            candidates << w;
    }
    QVERIFY(index < candidates.size());
    QWidget* expected = candidates.at(index);
    editor.focusField(field);
    QTRY_VERIFY2(expected->hasFocus(), qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s));
}

void TestMetricQueryEditor::droppedMetricBecomesTheMetric()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.resize(900, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QMimeData mime;
    mime.setData(QLatin1StringView(kMetricMimeType), R"({"id":"RESQ6t","name":"Received Email","integration":"Klaviyo"})");
    const QPoint where(editor.width() / 2, editor.height() - 10);
    QDragEnterEvent enter(where, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&editor, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&editor, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(editor.query().metricId, u"RESQ6t"_s);
    QCOMPARE(editor.query().metricName, u"Received Email"_s);
    QCOMPARE(editor.query().integrationName, u"Klaviyo"_s);
    // Not one of the loaded metrics yet: the picker shows it as dropped.
    QCOMPARE(child<QComboBox>(editor, u"metricPicker"_s)->currentText(), u"Received Email — Klaviyo"_s);
    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    QVERIFY(editor.query().metricId.isEmpty());
}

void TestMetricQueryEditor::droppedMetricOnAChildInput()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
    QMimeData mime;
    mime.setData(QLatin1StringView(kMetricMimeType), R"({"id":"PPN222","name":"Started Checkout","integration":"Shopify"})");
    mime.setText(u"Started Checkout"_s); // a browser may offer text too; the metric wins
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(value, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(value, &drop);
    QCOMPARE(editor.query().metricId, u"PPN222"_s);
    QCOMPARE(value->text(), QString());
}

void TestMetricQueryEditor::foreignDropIsIgnored()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    const MetricQuery before = editor.query();
    for (const QByteArray& payload : { QByteArray("not json"), QByteArray(R"({"name":"no id"})"), QByteArray("[]") }) {
        QMimeData mime;
        mime.setData(QLatin1StringView(kMetricMimeType), payload);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&editor, &enter);
        QVERIFY(!enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        drop.ignore();
        QApplication::sendEvent(&editor, &drop);
        QVERIFY(!drop.isAccepted());
    }
    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&editor, &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(editor.query(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestMetricQueryEditor::ctrlReturnAsksToRunOnlyWhenValid()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy run(&editor, &MetricQueryEditor::runRequested);
    auto* interval = child<QComboBox>(editor, u"intervalCombo"_s);
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(run.count(), 0); // no metric: Run is blocked

    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    activate(picker, picker->findData(u"QhyxVR"_s, kKeyRole));
    QTest::keyClick(interval, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(run.count(), 1);
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
    value->setFocus();
    QTest::keyClick(value, Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(run.count(), 2);
}

void TestMetricQueryEditor::groupByOffersTheRevisionsValuesCommonFirst()
{
    for (const QString& rev : { u"2023-10-15"_s, u"2026-07-15"_s }) {
        MetricQueryEditor editor;
        editor.setContext(testContext(u"UTC"_s, rev));
        QMenu* menu = child<QToolButton>(editor, u"byAddButton"_s)->menu();
        QStringList offered;
        for (QAction* action : menu->actions()) {
            if (!action->data().toString().isEmpty())
                offered << action->data().toString();
        }
        QStringList expectedSet = revision::aggregateDimensions(rev);
        QStringList offeredSorted = offered;
        expectedSet.sort();
        offeredSorted.sort();
        QCOMPARE(offeredSorted, expectedSet);
        const QStringList common = revision::commonAggregateDimensions(rev);
        QVERIFY(!common.isEmpty());
        QCOMPARE(offered.mid(0, common.size()), common);
        QCOMPARE(offered.contains(u"Bot Click"_s), rev != "2023-10-15"_L1);

        // Several at once; one already chosen is not offered again.
        groupByAction(editor, common.at(0))->trigger();
        groupByAction(editor, common.at(1))->trigger();
        QCOMPARE(editor.query().by, (QStringList { common.at(0), common.at(1) }));
        QVERIFY(!groupByAction(editor, common.at(0))->isEnabled());
        QCOMPARE(chips(editor).size(), 2);
    }
}

void TestMetricQueryEditor::filterRowsFitTheFieldType()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    QWidget* row = filterRows(editor).constFirst();
    auto* field = row->findChild<QComboBox*>(u"filterField"_s);
    auto* op = row->findChild<QComboBox*>(u"filterOperator"_s);
    auto* value = row->findChild<QLineEdit*>(u"filterValue"_s);
    auto* boolean = row->findChild<QComboBox*>(u"filterBoolValue"_s);
    // Common dimensions first; never `datetime`, which the range control owns.
    QCOMPARE(field->itemData(0).toString(), revision::commonAggregateDimensions(revision::defaultRevision()).constFirst());
    QCOMPARE(field->findData(u"datetime"_s), -1);

    auto operators = [op] {
        QList<int> out;
        for (int i = 0; i < op->count(); ++i)
            out << op->itemData(i).toInt();
        return out;
    };
    QVERIFY(operators().contains(int(FilterOp::Contains)));
    QVERIFY(!operators().contains(int(FilterOp::GreaterThan)));

    activate(field, field->findData(u"Segment Count"_s));
    QVERIFY(operators().contains(int(FilterOp::GreaterThan)));
    QVERIFY(!operators().contains(int(FilterOp::Contains)));
    activate(op, op->findData(int(FilterOp::GreaterOrEqual)));
    QTest::keyClicks(value, u"3"_s);
    QCOMPARE(printFilter(editor.query().filters.constFirst()), u"greater-or-equal(Segment Count,3)"_s);

    activate(field, field->findData(u"Bot Click"_s));
    QVERIFY(boolean->isVisible());
    QVERIFY(!value->isVisible());
    QCOMPARE(operators(), QList<int> { int(FilterOp::Equals) });
    activate(boolean, boolean->findData(true));
    QCOMPARE(printFilter(editor.query().filters.constFirst()), u"equals(Bot Click,true)"_s);

    activate(field, field->findData(u"$attributed_channel"_s));
    activate(op, op->findData(int(FilterOp::Any)));
    QVERIFY(value->isVisible());
    QVERIFY(value->placeholderText().contains(u"commas"_s));
    value->selectAll();
    QTest::keyClicks(value, u"email, sms"_s);
    QCOMPARE(printFilter(editor.query().filters.constFirst()), u"any($attributed_channel,[\"email\",\"sms\"])"_s);

    // A condition the rows cannot take apart is shown as written and exported unchanged.
    MetricQuery q = editor.query();
    q.filters = { *parseFilter(u"and(equals(URL,\"a\"),equals(Subject,\"b\"))"_s) };
    editor.setQuery(q);
    row = filterRows(editor).constFirst();
    auto* text = row->findChild<QLineEdit*>(u"filterText"_s);
    QVERIFY(text->isVisible());
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->text(), u"and(equals(URL,\"a\"),equals(Subject,\"b\"))"_s);
    QVERIFY(!row->findChild<QComboBox*>(u"filterField"_s)->isVisible());
}

void TestMetricQueryEditor::customDatesAreWallTimesOfTheQueryZone()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    MetricQuery q;
    q.metricId = u"QhyxVR"_s;
    q.measurements = { Measurement::Count };
    q.timezone = u"America/New_York"_s;
    q.range.kind = DateRange::Kind::Absolute;
    // Across the 2024 spring-forward change: -05:00 at the start, -04:00 at the end.
    q.range.startText = u"2024-03-10T05:00:00+00:00"_s;
    q.range.endText = u"2024-03-11T04:00:00+00:00"_s;
    editor.setQuery(q);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* start = child<QDateTimeEdit>(editor, u"rangeStartEdit"_s);
    auto* end = child<QDateTimeEdit>(editor, u"rangeEndEdit"_s);
    QVERIFY(start->isVisible());
    QCOMPARE(start->text(), u"2024-03-10 00:00"_s);
    QCOMPARE(end->text(), u"2024-03-11 00:00"_s);
    QVERIFY(child<QLabel>(editor, u"rangeHint"_s)->text().contains(u"America/New_York"_s));

    end->setDateTime(QDateTime(QDate(2024, 3, 12), QTime(0, 0), Qt::UTC));
    QCOMPARE(editor.query().range.endText, u"2024-03-12T00:00:00-04:00"_s);
    QCOMPARE(editor.query().range.startText, q.range.startText); // untouched bounds keep their lexeme

    // A new zone keeps the wall times the marketer chose.
    auto* zone = child<QComboBox>(editor, u"timezonePicker"_s);
    activate(zone, zone->findData(u"Europe/Paris"_s, kKeyRole));
    QCOMPARE(editor.query().range.startText, u"2024-03-10T00:00:00+01:00"_s);
    QCOMPARE(editor.query().range.endText, u"2024-03-12T00:00:00+01:00"_s);
    QCOMPARE(start->text(), u"2024-03-10 00:00"_s);
    QCOMPARE(end->text(), u"2024-03-12 00:00"_s);

    // Leaving a preset for custom dates starts from the dates the preset covered.
    editor.setQuery(MetricQuery {});
    auto* preset = child<QComboBox>(editor, u"rangePresetCombo"_s);
    activate(preset, preset->findData(int(RangePreset::Yesterday)));
    activate(preset, preset->findData(-1));
    QCOMPARE(editor.query().range.kind, DateRange::Kind::Absolute);
    QCOMPARE(editor.query().range.startText, u"2024-06-14T00:00:00+00:00"_s);
    QCOMPARE(editor.query().range.endText, u"2024-06-15T00:00:00+00:00"_s);
}

void TestMetricQueryEditor::presetShowsTheDatesItCovers()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    auto* preset = child<QComboBox>(editor, u"rangePresetCombo"_s);
    QCOMPARE(preset->findData(-1) - 1, int(allRangePresets().size())); // presets, a separator, custom
    activate(preset, preset->findData(int(RangePreset::Last7Days)));
    QCOMPARE(child<QLabel>(editor, u"rangeHint"_s)->text(), u"8 Jun 2024 – 14 Jun 2024"_s);
    QCOMPARE(editor.query().range.kind, DateRange::Kind::Preset);
    QCOMPARE(editor.query().range.preset, RangePreset::Last7Days);
    activate(preset, preset->findData(int(RangePreset::Today)));
    QCOMPARE(child<QLabel>(editor, u"rangeHint"_s)->text(), u"15 Jun 2024"_s);
}

void TestMetricQueryEditor::requestPanelIsCollapsedAndLive()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.resize(1200, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* panel = child<QWidget>(editor, u"requestPanel"_s);
    auto* toggle = child<QToolButton>(editor, u"requestToggle"_s);
    QVERIFY(!panel->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QVERIFY(editor.isRequestPanelVisible());

    auto* view = child<QPlainTextEdit>(editor, u"requestView"_s);
    auto* picker = child<QComboBox>(editor, u"metricPicker"_s);
    activate(picker, picker->findData(u"QhyxVR"_s, kKeyRole));
    QTest::mouseClick(child<QPushButton>(editor, u"addFilterButton"_s), Qt::LeftButton);
    QTest::keyClicks(filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s), u"M1"_s);
    const QJsonObject body = QJsonDocument::fromJson(view->toPlainText().toUtf8()).object();
    QCOMPARE(body, metricAggregateChunks(editor.query(), kNow).constFirst().body);
    const QJsonObject attributes = body.value("data"_L1).toObject().value("attributes"_L1).toObject();
    QCOMPARE(attributes.value("metric_id"_L1).toString(), u"QhyxVR"_s);
    QVERIFY(attributes.value("filter"_L1).toArray().contains(u"equals($attributed_message,\"M1\")"_s));
    // Presets resolve against the context's clock: the last 30 days before 2024-06-15 (UTC).
    QVERIFY(attributes.value("filter"_L1).toArray().contains(u"greater-or-equal(datetime,2024-05-16T00:00:00+00:00)"_s));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
}

void TestMetricQueryEditor::requestPanelGoesBesideOrBelow()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.resize(1600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* form = child<QWidget>(editor, u"editorForm"_s);
    auto* panel = child<QWidget>(editor, u"requestPanel"_s);
    editor.setRequestPanelVisible(true);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->width() >= 380);
    QCOMPARE(panel->y(), form->y()); // beside the form
    QVERIFY(panel->x() >= form->x() + form->width());

    // Narrower than form + panel: the panel moves under the form instead of widening the window.
    editor.resize(form->minimumSizeHint().width() + 100, 500);
    QTRY_VERIFY(panel->y() >= form->y() + form->height());
    QVERIFY(editor.minimumSizeHint().width() <= form->minimumSizeHint().width() + 2);
    QVERIFY(panel->height() >= 150);
    editor.resize(1600, 400);
    QTRY_COMPARE(panel->y(), form->y());
}

void TestMetricQueryEditor::longRangeShowsEveryChunk()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    MetricQuery q;
    q.metricId = u"QhyxVR"_s;
    q.measurements = { Measurement::Count };
    q.timezone = u"America/New_York"_s;
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = u"2021-01-01T00:00:00-05:00"_s;
    q.range.endText = u"2023-07-01T00:00:00-04:00"_s;
    editor.setQuery(q);
    editor.resize(1200, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY2(editor.canRun(), qPrintable(firstError(editor))); // long ranges are allowed…
    QVERIFY(child<QLabel>(editor, u"rangeMessage"_s)->isVisible()); // …with a word about it
    editor.setRequestPanelVisible(true);
    auto* chunks = child<QComboBox>(editor, u"requestChunkCombo"_s);
    QVERIFY(chunks->isVisible());
    QCOMPARE(chunks->count(), 3);
    QVERIFY(child<QLabel>(editor, u"requestSummary"_s)->text().contains(u"3 requests"_s));
    const QList<AggregateChunk> expected = metricAggregateChunks(q, kNow);
    QCOMPARE(expected.size(), 3);
    auto* view = child<QPlainTextEdit>(editor, u"requestView"_s);
    for (int i = 0; i < 3; ++i) {
        activate(chunks, i);
        QCOMPARE(QJsonDocument::fromJson(view->toPlainText().toUtf8()).object(), expected.at(i).body);
    }
}

void TestMetricQueryEditor::copyAsCurlUsesTheKeyVariable()
{
    MetricQueryEditor editor;
    EditorContext context = testContext();
    context.revision = u"2025-01-15"_s;
    context.baseUrl = QUrl(u"http://127.0.0.1:8123"_s);
    editor.setContext(context);
    QVERIFY(editor.pasteRequest(test::readTestData(u"editor/digest-4-1-spec-example.json"_s)));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setRequestPanelVisible(true);

    child<QPushButton>(editor, u"copyCurlButton"_s)->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl --request POST 'http://127.0.0.1:8123/api/metric-aggregates'"_s), qPrintable(curl));
    QVERIFY(curl.contains(u"\"Authorization: Klaviyo-API-Key $KLAVIYO_API_KEY\""_s));
    QVERIFY(curl.contains(u"'revision: 2025-01-15'"_s));
    const QByteArray compact = QJsonDocument(fixture(u"digest-4-1-spec-example.json"_s)).toJson(QJsonDocument::Compact);
    QVERIFY(curl.contains(QString::fromUtf8(compact)));

    child<QPushButton>(editor, u"copyJsonButton"_s)->click();
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object(),
        fixture(u"digest-4-1-spec-example.json"_s));
}

void TestMetricQueryEditor::sortOffersTheQuerysOwnValues()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    MetricQuery q;
    q.metricId = u"QhyxVR"_s;
    q.measurements = { Measurement::Count, Measurement::SumValue };
    q.by = { u"$flow"_s };
    q.sort = u"-sum_value"_s;
    editor.setQuery(q);
    auto* sort = child<QComboBox>(editor, u"sortCombo"_s);
    QStringList values;
    for (int i = 0; i < sort->count(); ++i)
        values << sort->itemData(i).toString();
    QCOMPARE(values, (QStringList { QString(), u"-count"_s, u"count"_s, u"-sum_value"_s, u"sum_value"_s, u"$flow"_s, u"-$flow"_s }));
    QCOMPARE(sort->currentText(), u"Sum of event values, highest first"_s);
    // Dropping the measurement it sorts by drops the sort too, in the same step.
    child<QCheckBox>(editor, u"measurementSumValue"_s)->click();
    QVERIFY(editor.query().sort.isEmpty());
    QCOMPARE(sort->currentIndex(), 0);
    editor.undoStack()->undo();
    QCOMPARE(editor.query().sort, u"-sum_value"_s);
}

void TestMetricQueryEditor::measurementsDatesAndZonesAreSelfExplaining()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // Measurements in plain language, each with a tooltip naming its API value.
    const struct
    {
        const char* box;
        QString text;
        QString api;
    } boxes[] = {
        { "measurementCount", u"Event count"_s, u"count"_s },
        { "measurementSumValue", u"Sum of event values"_s, u"sum_value"_s },
        { "measurementUnique", u"Unique profiles"_s, u"unique"_s },
    };
    for (const auto& b : boxes) {
        auto* box = child<QCheckBox>(editor, QString::fromLatin1(b.box));
        QCOMPARE(box->text().remove(u'&'), b.text);
        QVERIFY2(box->toolTip().size() > 20, qPrintable(box->toolTip()));
        QVERIFY2(box->toolTip().contains(b.api), qPrintable(box->toolTip()));
    }

    // Custom dates are picked with a calendar.
    QVERIFY(child<QDateTimeEdit>(editor, u"rangeStartEdit"_s)->calendarPopup());
    QVERIFY(child<QDateTimeEdit>(editor, u"rangeEndEdit"_s)->calendarPopup());

    // The timezone list is searched like the metric list: by any part of the name or offset.
    auto* zones = child<QComboBox>(editor, u"timezonePicker"_s);
    QCompleter* completer = zones->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(u"tokyo"_s);
    QCOMPARE(completer->completionCount(), 1);
    completer->setCompletionPrefix(u"UTC+09:00"_s);
    QVERIFY(completer->completionCount() >= 2); // Tokyo, Seoul, …
    // The account's zone is listed once, at the top.
    const QString account = testContext().defaultTimezone;
    int listed = 0;
    for (int i = 0; i < zones->count(); ++i)
        listed += zones->itemData(i, kKeyRole).toString() == account ? 1 : 0;
    QCOMPARE(listed, 1);
    QCOMPARE(zones->itemData(0, kKeyRole).toString(), account);

    QSignalSpy changed(&editor, &MetricQueryEditor::queryChanged);
    zones->setFocus();
    zones->lineEdit()->selectAll();
    QTest::keyClicks(zones->lineEdit(), u"tokyo"_s);
    QAbstractItemView* popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    popup->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(editor.query().timezone, u"Asia/Tokyo"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.undoStack()->count(), 1);
}

void TestMetricQueryEditor::numberFilterValuesTakeNumbersOnly()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    MetricQuery q;
    q.metricId = u"QhyxVR"_s;
    q.measurements = { Measurement::Count };
    q.filters = { FilterExpr::condition(FilterOp::GreaterThan, u"Segment Count"_s, FilterValue::numberValue(1)) };
    editor.setQuery(q);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* value = filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s);
    QVERIFY(value->validator());
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, u"-3.5x"_s); // the letter is not taken
    QCOMPARE(value->text(), u"-3.5"_s);
    QCOMPARE(printFilter(editor.query().filters.value(0)), u"greater-than(Segment Count,-3.5)"_s);
    QVERIFY(editor.canRun());

    // A text field takes any text.
    auto* field = filterRows(editor).constFirst()->findChild<QComboBox*>(u"filterField"_s);
    activate(field, field->findData(u"$message"_s));
    QVERIFY(!filterRows(editor).constFirst()->findChild<QLineEdit*>(u"filterValue"_s)->validator());
}

void TestMetricQueryEditor::pastedSeedNegationIsAnEditableRow()
{
    MetricQueryEditor editor;
    editor.setContext(testContext());
    editor.setMetrics(testMetrics());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.pasteRequest(test::readTestData(u"editor/seed001-sql-style.json"_s)));
    QCOMPARE(filterRows(editor).size(), 1);
    QWidget* row = filterRows(editor).constFirst();
    QVERIFY(row->findChild<QLineEdit*>(u"filterText"_s)->isHidden()); // not read-only
    QCOMPARE(row->findChild<QComboBox*>(u"filterField"_s)->currentData().toString(), u"$attributed_flow"_s);
    auto* op = row->findChild<QComboBox*>(u"filterOperator"_s);
    QCOMPARE(op->currentData().toInt(), FilterRowWidget::kIsNotEmptyCode);
    QVERIFY(row->findChild<QLineEdit*>(u"filterValue"_s)->isHidden());
    QVERIFY(editor.canRun());
    for (const ValidationMessage& m : editor.validation())
        QVERIFY2(!m.message.contains(u"not document"_s), qPrintable(m.message));

    // "is not" and a value: not(equals($attributed_flow,"Welcome")), at the same place.
    activate(op, op->findData(FilterRowWidget::kIsNotCode));
    row = filterRows(editor).constFirst();
    auto* value = row->findChild<QLineEdit*>(u"filterValue"_s);
    QVERIFY(value->isVisible());
    QCOMPARE(op->currentData().toInt(), FilterRowWidget::kIsNotCode);
    QTest::keyClicks(value, u"Welcome"_s);
    QCOMPARE(editor.query().verbatimFilters,
        (QList<VerbatimFilter> { { 2, u"not(equals($attributed_flow,\"Welcome\"))"_s } }));
    const int steps = editor.undoStack()->count();
    // Back to a plain condition: "is".
    activate(op, op->findData(int(FilterOp::Equals)));
    QVERIFY(editor.query().verbatimFilters.isEmpty());
    QCOMPARE(editor.query().filters.size(), 1);
    QCOMPARE(printFilter(editor.query().filters.at(0)), u"equals($attributed_flow,\"Welcome\")"_s);
    QCOMPARE(editor.undoStack()->count(), steps + 1);
    editor.undoStack()->undo();
    QCOMPARE(editor.query().verbatimFilters.value(0).text, u"not(equals($attributed_flow,\"Welcome\"))"_s);

    // A boolean field offers no negation.
    activate(row->findChild<QComboBox*>(u"filterField"_s),
        row->findChild<QComboBox*>(u"filterField"_s)->findData(u"Bot Click"_s));
    row = filterRows(editor).constFirst();
    op = row->findChild<QComboBox*>(u"filterOperator"_s);
    QCOMPARE(op->findData(FilterRowWidget::kIsNotCode), -1);
    QVERIFY(editor.query().verbatimFilters.isEmpty());
}

void TestMetricQueryEditor::rendersARealisticState()
{
    MetricQueryEditor editor;
    editor.setContext(testContext(u"America/New_York"_s));
    editor.setMetrics(testMetrics());
    MetricQuery q;
    q.metricId = u"abc123"_s;
    q.metricName = u"Placed Order"_s;
    q.integrationName = u"Shopify"_s;
    q.measurements = { Measurement::Count, Measurement::SumValue, Measurement::Unique }; // unique: a warning
    q.range.preset = RangePreset::Last90Days;
    q.interval = Interval::Week;
    q.timezone = u"America/New_York"_s;
    q.by = { u"$attributed_flow"_s, u"$attributed_channel"_s };
    q.filters = { FilterExpr::condition(FilterOp::Any, u"$attributed_channel"_s,
        FilterValue::array({ FilterValue::string(u"email"_s), FilterValue::string(u"sms"_s) })) };
    q.sort = u"-sum_value"_s;
    editor.setQuery(q);
    editor.resize(1180, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCoreApplication::processEvents();
    editor.resize(1180, editor.minimumSizeHint().height());
    QCoreApplication::processEvents();
    QVERIFY(editor.canRun());
    auto* warning = child<QLabel>(editor, u"measurementsMessage"_s);
    QVERIFY(warning->isVisible());
    qInfo("label %d x %d min %d hfw %d editor min %d h %d", warning->width(), warning->height(), warning->minimumHeight(), warning->heightForWidth(warning->width()), editor.minimumSizeHint().height(), editor.height());
    // A long message gets the lines it needs instead of being cut off.
    QVERIFY(warning->height() >= warning->heightForWidth(warning->width()));

    const QString dir = QStringLiteral(KX_BIN_DIR "/../test-screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QImage form = editor.grab().toImage();
    QVERIFY(!form.isNull());
    QVERIFY(form.save(dir + u"/editor-form.png"_s));

    editor.setRequestPanelVisible(true);
    editor.resize(1700, 380);
    QCoreApplication::processEvents();
    auto* panel = child<QWidget>(editor, u"requestPanel"_s);
    auto* formWidget = child<QWidget>(editor, u"editorForm"_s);
    QCOMPARE(panel->y(), formWidget->y()); // beside
    // Beside the panel the form keeps room for its texts: no combo is cut off.
    for (const QString& name : { u"timezonePicker"_s, u"sortCombo"_s, u"intervalCombo"_s }) {
        auto* combo = child<QComboBox>(editor, name);
        const int textWidth = combo->fontMetrics().horizontalAdvance(combo->currentText());
        QVERIFY2(combo->width() > textWidth + 20, qPrintable(name));
    }
    QVERIFY(editor.grab().toImage().save(dir + u"/editor-request-panel-beside.png"_s));
    editor.resize(1000, 520);
    QCoreApplication::processEvents();
    QVERIFY(editor.grab().toImage().save(dir + u"/editor-request-panel-below.png"_s));
    qInfo("screenshots in %s", qPrintable(QDir(dir).absolutePath()));
}

QTEST_MAIN(TestMetricQueryEditor)
#include "tst_metricqueryeditor.moc"
