// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportqueryeditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "api/apiclient.h"
#include "api/namelookup.h"
#include "fieldmessagelabel.h"
#include "metricpicker.h"
#include "query/queryfile.h"
#include "query/requestbuilder.h"
#include "query/revision.h"
#include "reportlabels.h"
#include "requestpanel.h"
#include "statecommand.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

const QString kCustomTimeframe = u"__custom"_s;

/// The kind of name a filter or grouping field holds, if any.
std::optional<NameKind> nameKindOfField(const QString& field)
{
    if (field == u"campaign_id")
        return NameKind::Campaign;
    if (field == u"campaign_message_id")
        return NameKind::CampaignMessage;
    if (field == u"flow_id")
        return NameKind::Flow;
    if (field == u"flow_message_id")
        return NameKind::FlowMessage;
    if (field == u"form_id")
        return NameKind::Form;
    if (field == u"segment_id")
        return NameKind::Segment;
    return std::nullopt;
}

bool isListOp(const QString& op)
{
    return op == u"contains-any" || op == u"contains-all" || op == u"any";
}

bool needsConversionMetric(ReportType type)
{
    return type == ReportType::CampaignValues || type == ReportType::FlowValues || type == ReportType::FlowSeries;
}

} // namespace

struct ReportQueryEditor::Private
{
    ReportQueryEditor* q;
    ReportQuery query;
    EditorContext context;
    QUndoStack* undo;
    QHash<NameKind, QHash<QString, QString>> names;
    QHash<QString, QString> fieldProblems;
    QList<ValidationMessage> messages;
    bool canRun = false;
    bool applying = false;
    bool refillAll = true; ///< the next apply() refills the type-dependent lists

    QComboBox* typeCombo;
    FieldMessageLabel* typeMessage;
    QListWidget* statisticsList;
    FieldMessageLabel* statisticsMessage;
    QComboBox* timeframeCombo;
    QLineEdit* startEdit;
    QLineEdit* endEdit;
    QWidget* customRow;
    FieldMessageLabel* timeframeMessage;
    QLabel* intervalLabel;
    QComboBox* intervalCombo;
    FieldMessageLabel* intervalMessage;
    QLabel* conversionLabel;
    MetricPicker* conversionPicker;
    FieldMessageLabel* conversionMessage;
    QListWidget* groupByList;
    QLabel* groupByNote;
    FieldMessageLabel* groupByMessage;
    QLineEdit* filterEdit;
    QComboBox* filterField;
    QComboBox* filterOp;
    QComboBox* filterValue;
    QPushButton* filterAdd;
    FieldMessageLabel* filterMessage;
    QToolButton* requestToggle;
    RequestPanel* requestPanel;

    QString revision() const
    {
        return revision::resolveRevision(context.revision);
    }
    qint64 now() const
    {
        return context.now ? context.now() : QDateTime::currentMSecsSinceEpoch();
    }

    void edit(const ReportQuery& after, const QString& text, const QString& mergeKey = {});
    void apply(const ReportQuery& state);
    void syncWidgets();
    void fillStatistics();
    void fillGroupBy();
    void fillFilterFields();
    void fillFilterOps();
    void fillFilterValues();
    void revalidate();
    void refreshRequest();
    ReportQuery withType(ReportType type) const;
};

void ReportQueryEditor::Private::edit(const ReportQuery& after, const QString& text, const QString& mergeKey)
{
    if (after == query || applying)
        return;
    undo->push(new ReportStateCommand([this](const ReportQuery& s) { apply(s); }, query, after, text, mergeKey));
}

void ReportQueryEditor::Private::apply(const ReportQuery& state)
{
    const bool typeChanged = refillAll || state.type != query.type;
    refillAll = false;
    query = state;
    fieldProblems.clear();
    applying = true;
    if (typeChanged)
        fillFilterFields();
    syncWidgets();
    applying = false;
    revalidate();
    refreshRequest();
    Q_EMIT q->queryChanged();
}

void ReportQueryEditor::Private::syncWidgets()
{
    const QSignalBlocker b1(typeCombo);
    typeCombo->setCurrentIndex(typeCombo->findData(int(query.type)));
    fillStatistics();

    const QSignalBlocker b2(timeframeCombo);
    const bool custom = query.timeframe.key.isEmpty();
    int index = timeframeCombo->findData(custom ? kCustomTimeframe : query.timeframe.key);
    if (index < 0) {
        // An unknown key from a file: show it as it is so the validator's message makes sense.
        timeframeCombo->addItem(query.timeframe.key, query.timeframe.key);
        index = timeframeCombo->count() - 1;
    }
    timeframeCombo->setCurrentIndex(index);
    customRow->setVisible(custom);
    if (startEdit->text() != query.timeframe.start)
        startEdit->setText(query.timeframe.start);
    if (endEdit->text() != query.timeframe.end)
        endEdit->setText(query.timeframe.end);

    const bool series = isSeriesReport(query.type);
    intervalLabel->setVisible(series || !query.interval.isEmpty());
    intervalCombo->setVisible(series || !query.interval.isEmpty());
    const QSignalBlocker b3(intervalCombo);
    int intervalIndex = intervalCombo->findData(query.interval);
    if (intervalIndex < 0) {
        intervalCombo->addItem(query.interval, query.interval);
        intervalIndex = intervalCombo->count() - 1;
    }
    intervalCombo->setCurrentIndex(intervalIndex);

    const bool conversion = needsConversionMetric(query.type) || !query.conversionMetricId.isEmpty();
    conversionLabel->setVisible(conversion);
    conversionPicker->setVisible(conversion);
    const MetricInfo* metric = conversionPicker->findMetric(query.conversionMetricId);
    conversionPicker->setCurrentMetric(query.conversionMetricId, metric ? metric->name : query.conversionMetricId,
        metric ? metric->integrationName : QString());

    fillGroupBy();

    const QString filterText = query.filter ? printFilter(*query.filter) : QString();
    // Keep a half-typed filter that does not parse yet: the edit box is the source then.
    if (!filterEdit->hasFocus() || parseFilter(filterEdit->text()).has_value() || filterEdit->text().isEmpty()) {
        if (filterEdit->text() != filterText)
            filterEdit->setText(filterText);
    }
}

void ReportQueryEditor::Private::fillStatistics()
{
    const QSignalBlocker blocker(statisticsList);
    statisticsList->clear();
    QStringList all = revision::reportStatistics(query.type, revision());
    for (const QString& s : query.statistics) {
        if (!all.contains(s))
            all.append(s); // not of this type/revision: shown so the user can uncheck it
    }
    for (const QString& s : std::as_const(all)) {
        auto* item = new QListWidgetItem(reportlabels::statisticLabel(s), statisticsList);
        item->setData(Qt::UserRole, s);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(query.statistics.contains(s) ? Qt::Checked : Qt::Unchecked);
        const QString formula = reportlabels::statisticFormula(s);
        item->setToolTip(formula.isEmpty() ? s
                                           : QCoreApplication::translate("kx::ReportQueryEditor", "%1 (%2): %3")
                                                 .arg(reportlabels::statisticLabel(s), s, formula));
    }
}

void ReportQueryEditor::Private::fillGroupBy()
{
    const QSignalBlocker blocker(groupByList);
    groupByList->clear();
    const QString rev = revision();
    const QStringList values = revision::reportGroupByValues(query.type, rev);
    const QStringList required = revision::reportRequiredGroupBy(query.type, rev);
    const QStringList defaults = revision::reportDefaultGroupBy(query.type, rev);
    const QStringList shown = query.groupBy.isEmpty() ? defaults : query.groupBy;
    QStringList all = values;
    for (const QString& g : query.groupBy) {
        if (!all.contains(g))
            all.append(g);
    }
    for (const QString& g : std::as_const(all)) {
        auto* item = new QListWidgetItem(reportlabels::groupingLabel(g), groupByList);
        item->setData(Qt::UserRole, g);
        const bool locked = required.contains(g);
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (!locked)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(shown.contains(g) || locked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(locked ? QCoreApplication::translate(
                             "kx::ReportQueryEditor", "%1: Klaviyo always groups by it; it cannot be removed.")
                                      .arg(g)
                                : g);
    }
    groupByList->setVisible(!values.isEmpty());
    if (values.isEmpty()) {
        groupByNote->setText(query.type == ReportType::SegmentValues || query.type == ReportType::SegmentSeries
                ? QCoreApplication::translate("kx::ReportQueryEditor", "Segment reports are always grouped by segment.")
                : QCoreApplication::translate("kx::ReportQueryEditor",
                    "Revision %1 groups this report in a fixed way; a newer revision lets you choose.")
                      .arg(rev));
    } else if (query.groupBy.isEmpty()) {
        groupByNote->setText(QCoreApplication::translate(
            "kx::ReportQueryEditor", "Klaviyo's default grouping. Check more to split the rows further."));
    } else {
        groupByNote->clear();
    }
    groupByNote->setVisible(!groupByNote->text().isEmpty());
}

void ReportQueryEditor::Private::fillFilterFields()
{
    const QSignalBlocker blocker(filterField);
    filterField->clear();
    for (const ReportFilterField& f : revision::reportFilterFields(query.type, revision()))
        filterField->addItem(reportlabels::groupingLabel(f.field), f.field);
    fillFilterOps();
}

void ReportQueryEditor::Private::fillFilterOps()
{
    const QSignalBlocker blocker(filterOp);
    filterOp->clear();
    const QString field = filterField->currentData().toString();
    for (const ReportFilterField& f : revision::reportFilterFields(query.type, revision())) {
        if (f.field == field) {
            for (const QString& op : f.operators)
                filterOp->addItem(op, op);
        }
    }
    fillFilterValues();
}

void ReportQueryEditor::Private::fillFilterValues()
{
    const QString field = filterField->currentData().toString();
    filterValue->clear();
    if (field == u"send_channel") {
        for (const QString& c : revision::reportSendChannels(query.type, revision()))
            filterValue->addItem(c, c);
    } else if (const auto kind = nameKindOfField(field)) {
        const QHash<QString, QString>& known = names.value(*kind);
        QList<QPair<QString, QString>> sorted;
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            sorted.append({ it.value().isEmpty() ? it.key() : it.value(), it.key() });
        std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (const auto& [name, id] : std::as_const(sorted)) {
            filterValue->addItem(QCoreApplication::translate("kx::ReportQueryEditor", "%1 (%2)").arg(name, id), id);
        }
    }
    filterValue->setCurrentIndex(-1);
    filterValue->setEditText({});
    filterValue->lineEdit()->setPlaceholderText(filterValue->count() > 0
            ? QCoreApplication::translate("kx::ReportQueryEditor", "Choose by name or type ids, comma-separated")
            : QCoreApplication::translate("kx::ReportQueryEditor", "Value; several comma-separated for lists"));
    filterAdd->setEnabled(filterField->count() > 0);
}

void ReportQueryEditor::Private::revalidate()
{
    messages = validate(query, context.revision, now());
    for (auto it = fieldProblems.cbegin(); it != fieldProblems.cend(); ++it)
        messages.append({ ValidationMessage::Error, it.key(), it.value() });
    if (filterEdit->text().trimmed().isEmpty() == false && !query.filter) {
        FilterParseError error;
        if (!parseFilter(filterEdit->text(), &error))
            messages.append({ ValidationMessage::Error, u"filter"_s,
                QCoreApplication::translate("kx::ReportQueryEditor", "The filter cannot be read at character %1: %2")
                    .arg(error.position + 1)
                    .arg(error.message) });
    }
    const auto show = [this](const QString& field, FieldMessageLabel* label) {
        QStringList errors;
        QStringList warnings;
        for (const ValidationMessage& m : std::as_const(messages)) {
            if (m.field == field)
                (m.severity == ValidationMessage::Error ? errors : warnings).append(m.message);
        }
        label->setMessages(errors, warnings);
    };
    show(u"type"_s, typeMessage);
    show(u"statistics"_s, statisticsMessage);
    show(u"timeframe"_s, timeframeMessage);
    show(u"interval"_s, intervalMessage);
    show(u"conversionMetric"_s, conversionMessage);
    show(u"groupBy"_s, groupByMessage);
    show(u"filter"_s, filterMessage);
    const bool now = !hasErrors(messages);
    if (now != canRun) {
        canRun = now;
        Q_EMIT q->validationChanged(canRun);
    }
}

void ReportQueryEditor::Private::refreshRequest()
{
    AggregateChunk chunk;
    chunk.body = reportBody(query);
    requestPanel->setRequests({ chunk }, u"UTC"_s, {});
}

ReportQuery ReportQueryEditor::Private::withType(ReportType type) const
{
    ReportQuery next = query;
    next.type = type;
    const QString rev = revision();
    const QStringList valid = revision::reportStatistics(type, rev);
    next.statistics.clear();
    for (const QString& s : query.statistics) {
        if (valid.contains(s))
            next.statistics.append(s);
    }
    if (next.statistics.isEmpty()) {
        for (const QString& s : reportlabels::defaultStatistics(type)) {
            if (valid.contains(s))
                next.statistics.append(s);
        }
    }
    if (isSeriesReport(type)) {
        if (next.interval.isEmpty())
            next.interval = u"daily"_s;
    } else {
        next.interval.clear();
    }
    if (!needsConversionMetric(type))
        next.conversionMetricId.clear();
    next.groupBy.clear();
    next.filter.reset();
    return next;
}

ReportQueryEditor::ReportQueryEditor(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->undo = new QUndoStack(this);
    setObjectName(u"reportQueryEditor"_s);
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("kx::ReportQueryEditor", text);
    };

    d->typeCombo = new QComboBox(this);
    d->typeCombo->setObjectName(u"reportTypeCombo"_s);
    for (ReportType t : allReportTypes())
        d->typeCombo->addItem(reportlabels::typeLabel(t), int(t));
    d->typeMessage = new FieldMessageLabel(this);

    d->timeframeCombo = new QComboBox(this);
    d->timeframeCombo->setObjectName(u"timeframeCombo"_s);
    for (const char* key :
        { "today", "yesterday", "this_week", "last_week", "last_7_days", "this_month", "last_month", "last_30_days",
            "last_90_days", "last_3_months", "this_year", "last_year", "last_12_months", "last_365_days" }) {
        const QString k = QString::fromLatin1(key);
        d->timeframeCombo->addItem(reportlabels::timeframeLabel(k), k);
    }
    d->timeframeCombo->addItem(tr("Custom dates…"), kCustomTimeframe);
    d->customRow = new QWidget(this);
    d->startEdit = new QLineEdit(d->customRow);
    d->startEdit->setObjectName(u"timeframeStartEdit"_s);
    d->startEdit->setPlaceholderText(u"2024-01-01T00:00:00"_s);
    d->endEdit = new QLineEdit(d->customRow);
    d->endEdit->setObjectName(u"timeframeEndEdit"_s);
    d->endEdit->setPlaceholderText(u"2024-01-31T23:59:59"_s);
    d->startEdit->setToolTip(tr("Start, inclusive. Klaviyo ignores any offset and uses the account's timezone."));
    d->endEdit->setToolTip(tr("End, inclusive. Klaviyo ignores any offset and uses the account's timezone."));
    auto* customLayout = new QHBoxLayout(d->customRow);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(d->startEdit);
    customLayout->addWidget(new QLabel(tr("to"), d->customRow));
    customLayout->addWidget(d->endEdit);
    d->timeframeMessage = new FieldMessageLabel(this);

    d->intervalLabel = new QLabel(tr("Interval:"), this);
    d->intervalCombo = new QComboBox(this);
    d->intervalCombo->setObjectName(u"reportIntervalCombo"_s);
    for (const char* i : { "hourly", "daily", "weekly", "monthly" }) {
        const QString k = QString::fromLatin1(i);
        d->intervalCombo->addItem(reportlabels::intervalLabel(k), k);
    }
    d->intervalCombo->addItem(tr("None"), QString());
    d->intervalMessage = new FieldMessageLabel(this);

    d->conversionLabel = new QLabel(tr("Conversion metric:"), this);
    d->conversionPicker = new MetricPicker(this);
    d->conversionPicker->setObjectName(u"conversionMetricPicker"_s);
    d->conversionPicker->setToolTip(tr("The metric that counts as a conversion, usually Placed Order. Only "
                                       "conversion metrics work: Klaviyo refuses others."));
    d->conversionMessage = new FieldMessageLabel(this);

    d->statisticsList = new QListWidget(this);
    d->statisticsList->setObjectName(u"statisticsList"_s);
    d->statisticsList->setFlow(QListView::TopToBottom);
    d->statisticsList->setWrapping(true);
    d->statisticsList->setResizeMode(QListView::Adjust);
    d->statisticsList->setMinimumHeight(110);
    d->statisticsMessage = new FieldMessageLabel(this);

    d->groupByList = new QListWidget(this);
    d->groupByList->setObjectName(u"groupByList"_s);
    d->groupByList->setMinimumHeight(110);
    d->groupByNote = new QLabel(this);
    d->groupByNote->setWordWrap(true);
    d->groupByMessage = new FieldMessageLabel(this);

    d->filterEdit = new QLineEdit(this);
    d->filterEdit->setObjectName(u"reportFilterEdit"_s);
    d->filterEdit->setPlaceholderText(tr("No filter: every campaign, flow, form or segment with activity"));
    d->filterField = new QComboBox(this);
    d->filterField->setObjectName(u"filterFieldCombo"_s);
    d->filterOp = new QComboBox(this);
    d->filterOp->setObjectName(u"filterOpCombo"_s);
    d->filterValue = new QComboBox(this);
    d->filterValue->setObjectName(u"filterValueCombo"_s);
    d->filterValue->setEditable(true);
    d->filterValue->setInsertPolicy(QComboBox::NoInsert);
    d->filterValue->setMinimumContentsLength(18);
    d->filterAdd = new QPushButton(tr("Add"), this);
    d->filterAdd->setObjectName(u"filterAddButton"_s);
    d->filterAdd->setToolTip(tr("Add this condition to the filter (conditions are combined with and)"));
    d->filterMessage = new FieldMessageLabel(this);

    d->requestToggle = new QToolButton(this);
    d->requestToggle->setObjectName(u"reportRequestToggle"_s);
    d->requestToggle->setText(tr("Request"));
    d->requestToggle->setCheckable(true);
    d->requestToggle->setToolTip(tr("Show the exact API request, copy it as cURL or paste one"));
    d->requestPanel = new RequestPanel(this);
    d->requestPanel->setObjectName(u"reportRequestPanel"_s);
    d->requestPanel->hide();

    // Layout: a form on the left, lists in the middle, the request panel on the right.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto stacked = [this](QWidget* field, QWidget* message, QWidget* extra = nullptr) {
        auto* box = new QWidget(this);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(field);
        if (extra)
            l->addWidget(extra);
        l->addWidget(message);
        return box;
    };
    form->addRow(tr("Report:"), stacked(d->typeCombo, d->typeMessage));
    form->addRow(tr("Timeframe:"), stacked(d->timeframeCombo, d->timeframeMessage, d->customRow));
    form->addRow(d->intervalLabel, stacked(d->intervalCombo, d->intervalMessage));
    form->addRow(d->conversionLabel, stacked(d->conversionPicker, d->conversionMessage));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(d->filterField);
    filterRow->addWidget(d->filterOp);
    filterRow->addWidget(d->filterValue, 1);
    filterRow->addWidget(d->filterAdd);
    auto* filterBox = new QVBoxLayout;
    filterBox->setSpacing(2);
    filterBox->addWidget(new QLabel(tr("Filter:"), this));
    filterBox->addWidget(d->filterEdit);
    filterBox->addLayout(filterRow);
    filterBox->addWidget(d->filterMessage);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(filterBox);
    left->addStretch(1);

    auto* statsBox = new QVBoxLayout;
    statsBox->setSpacing(2);
    statsBox->addWidget(new QLabel(tr("Statistics:"), this));
    statsBox->addWidget(d->statisticsList, 1);
    statsBox->addWidget(d->statisticsMessage);

    auto* groupBox = new QVBoxLayout;
    groupBox->setSpacing(2);
    groupBox->addWidget(new QLabel(tr("Group by:"), this));
    groupBox->addWidget(d->groupByList, 1);
    groupBox->addWidget(d->groupByNote);
    groupBox->addWidget(d->groupByMessage);

    auto* toggleBox = new QVBoxLayout;
    toggleBox->addWidget(d->requestToggle);
    toggleBox->addStretch(1);

    auto* main = new QHBoxLayout(this);
    main->setContentsMargins(0, 0, 0, 0);
    main->addLayout(left, 3);
    main->addLayout(statsBox, 3);
    main->addLayout(groupBox, 2);
    main->addWidget(d->requestPanel, 3);
    main->addLayout(toggleBox);

    // Edits
    connect(d->typeCombo, &QComboBox::currentIndexChanged, this,
        [this] { chooseType(ReportType(d->typeCombo->currentData().toInt())); });
    connect(d->statisticsList, &QListWidget::itemChanged, this, [this] {
        ReportQuery next = d->query;
        next.statistics.clear();
        for (int i = 0; i < d->statisticsList->count(); ++i) {
            const QListWidgetItem* item = d->statisticsList->item(i);
            if (item->checkState() == Qt::Checked)
                next.statistics.append(item->data(Qt::UserRole).toString());
        }
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Change statistics"));
    });
    connect(d->timeframeCombo, &QComboBox::currentIndexChanged, this, [this] {
        ReportQuery next = d->query;
        const QString key = d->timeframeCombo->currentData().toString();
        if (key == kCustomTimeframe) {
            next.timeframe.key.clear();
            if (next.timeframe.start.isEmpty() && next.timeframe.end.isEmpty()) {
                // Start from the last 30 days so the fields are never blank.
                const QDate today = QDateTime::fromMSecsSinceEpoch(d->now(), QTimeZone::utc()).date();
                next.timeframe.start = today.addDays(-30).toString(Qt::ISODate) + u"T00:00:00"_s;
                next.timeframe.end = today.addDays(-1).toString(Qt::ISODate) + u"T23:59:59"_s;
            }
        } else {
            next.timeframe = Timeframe { key, {}, {} };
        }
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Change timeframe"));
    });
    connect(d->startEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        ReportQuery next = d->query;
        next.timeframe.start = text;
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Edit start"), u"start"_s);
    });
    connect(d->endEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        ReportQuery next = d->query;
        next.timeframe.end = text;
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Edit end"), u"end"_s);
    });
    connect(d->intervalCombo, &QComboBox::currentIndexChanged, this, [this] {
        ReportQuery next = d->query;
        next.interval = d->intervalCombo->currentData().toString();
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Change interval"));
    });
    connect(d->conversionPicker, &MetricPicker::metricChosen, this, [this](const QString& id) {
        ReportQuery next = d->query;
        next.conversionMetricId = id;
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Change conversion metric"));
        Q_EMIT conversionMetricChosen(id);
    });
    connect(d->groupByList, &QListWidget::itemChanged, this, [this] {
        ReportQuery next = d->query;
        next.groupBy.clear();
        for (int i = 0; i < d->groupByList->count(); ++i) {
            const QListWidgetItem* item = d->groupByList->item(i);
            if (item->checkState() == Qt::Checked)
                next.groupBy.append(item->data(Qt::UserRole).toString());
        }
        // Required groupings stay on even when the list is edited programmatically.
        for (const QString& r : revision::reportRequiredGroupBy(next.type, d->revision())) {
            if (!next.groupBy.contains(r))
                next.groupBy.prepend(r);
        }
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Change grouping"));
    });
    connect(d->filterEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        ReportQuery next = d->query;
        if (text.trimmed().isEmpty()) {
            next.filter.reset();
        } else if (auto parsed = parseFilter(text)) {
            next.filter = std::move(*parsed);
        } else {
            d->revalidate(); // shows where it does not parse; the query keeps its last good filter
            Q_EMIT validationChanged(d->canRun);
            return;
        }
        d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Edit filter"), u"filter"_s);
    });
    connect(d->filterField, &QComboBox::currentIndexChanged, this, [this] { d->fillFilterOps(); });
    connect(d->filterAdd, &QPushButton::clicked, this, [this] {
        const QString field = d->filterField->currentData().toString();
        const QString op = d->filterOp->currentData().toString();
        QStringList values;
        const int index = d->filterValue->currentIndex();
        if (index >= 0 && d->filterValue->currentText() == d->filterValue->itemText(index)) {
            values << d->filterValue->itemData(index).toString();
        } else {
            for (const QString& part : d->filterValue->currentText().split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    values << part.trimmed();
            }
        }
        if (values.isEmpty()) {
            d->filterMessage->setMessages(
                { QCoreApplication::translate("kx::ReportQueryEditor", "Choose or type a value first.") }, {});
            return;
        }
        addFilterCondition(field, op, values);
        d->filterValue->setEditText({});
    });

    connect(
        d->requestToggle, &QToolButton::toggled, this, [this](bool visible) { d->requestPanel->setVisible(visible); });
    connect(d->requestPanel->copyJsonButton(), &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(d->requestPanel->currentJson());
        d->requestPanel->showNote(
            QCoreApplication::translate("kx::ReportQueryEditor", "Copied the request body."), false);
    });
    connect(d->requestPanel->copyCurlButton(), &QPushButton::clicked, this, [this] {
        const ApiRequest request = ApiRequest::post(reportPath(d->query.type), EndpointFamily::Reports,
            QJsonDocument(reportBody(d->query)).toJson(QJsonDocument::Compact));
        const QUrl base = d->context.baseUrl.isValid() ? d->context.baseUrl : ApiClient::defaultBaseUrl();
        QGuiApplication::clipboard()->setText(curlCommand(request, base, d->context.revision));
        d->requestPanel->showNote(QCoreApplication::translate("kx::ReportQueryEditor",
                                      "Copied a cURL command; it reads the key from $KLAVIYO_API_KEY."),
            false);
    });
    connect(d->requestPanel->pasteButton(), &QPushButton::clicked, this, [this] {
        const QString text = QGuiApplication::clipboard()->text();
        if (text.trimmed().isEmpty()) {
            d->requestPanel->showNote(QCoreApplication::translate("kx::ReportQueryEditor",
                                          "The clipboard is empty. Copy a request body first."),
                true);
            return;
        }
        QString error;
        if (pasteRequest(text.toUtf8(), &error))
            d->requestPanel->showNote(
                QCoreApplication::translate("kx::ReportQueryEditor", "Pasted the request. Undo takes it back."), false);
        else
            d->requestPanel->showNote(error, true);
    });

    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (d->canRun)
            Q_EMIT runRequested();
    });

    ReportQuery initial;
    initial.statistics = reportlabels::defaultStatistics(initial.type);
    setQuery(initial);
}

ReportQueryEditor::~ReportQueryEditor() = default;

void ReportQueryEditor::setQuery(const ReportQuery& query)
{
    d->undo->clear();
    d->refillAll = true;
    d->apply(query);
    d->undo->setClean();
}

ReportQuery ReportQueryEditor::query() const
{
    return d->query;
}

void ReportQueryEditor::setContext(const EditorContext& context)
{
    d->context = context;
    d->applying = true;
    d->fillFilterFields();
    d->syncWidgets();
    d->applying = false;
    d->revalidate();
    d->refreshRequest();
}

EditorContext ReportQueryEditor::context() const
{
    return d->context;
}

void ReportQueryEditor::setMetrics(const QList<MetricInfo>& metrics)
{
    d->conversionPicker->setMetrics(metrics);
    const MetricInfo* metric = d->conversionPicker->findMetric(d->query.conversionMetricId);
    d->conversionPicker->setCurrentMetric(d->query.conversionMetricId,
        metric ? metric->name : d->query.conversionMetricId, metric ? metric->integrationName : QString());
}

void ReportQueryEditor::setEntityNames(NameKind kind, const QHash<QString, QString>& names)
{
    d->names[kind] = names;
    d->fillFilterValues();
}

QUndoStack* ReportQueryEditor::undoStack() const
{
    return d->undo;
}

QList<ValidationMessage> ReportQueryEditor::validation() const
{
    return d->messages;
}

bool ReportQueryEditor::canRun() const
{
    return d->canRun;
}

void ReportQueryEditor::setFieldProblem(const QString& field, const QString& message)
{
    d->fieldProblems.insert(field, message);
    d->revalidate();
}

void ReportQueryEditor::chooseType(ReportType type)
{
    if (type == d->query.type)
        return;
    d->edit(d->withType(type), QCoreApplication::translate("kx::ReportQueryEditor", "Change report type"));
}

void ReportQueryEditor::addFilterCondition(const QString& field, const QString& op, const QStringList& values)
{
    const auto filterOp = filterOpFromName(op);
    if (!filterOp || values.isEmpty())
        return;
    QList<FilterValue> items;
    for (const QString& v : values)
        items.append(FilterValue::string(v));
    const FilterValue value = isListOp(op) ? FilterValue::array(items) : items.first();
    const FilterExpr condition = FilterExpr::condition(*filterOp, field, value);
    ReportQuery next = d->query;
    if (!next.filter) {
        next.filter = condition;
    } else if (next.filter->kind == FilterExpr::Kind::And) {
        next.filter->children.append(condition);
    } else {
        next.filter = FilterExpr::conjunction({ *next.filter, condition });
    }
    d->edit(next, QCoreApplication::translate("kx::ReportQueryEditor", "Add filter condition"));
}

bool ReportQueryEditor::pasteRequest(const QByteArray& json, QString* error)
{
    QString parseError;
    const auto document = queryfile::fromJson(json, &parseError);
    if (!document) {
        if (error)
            *error = parseError;
        return false;
    }
    if (document->kind != QueryDocument::Kind::Report) {
        if (error)
            *error = QCoreApplication::translate("kx::ReportQueryEditor",
                "This is a metric aggregates request, not a report. Open it as a metric query instead.");
        return false;
    }
    d->edit(document->report, QCoreApplication::translate("kx::ReportQueryEditor", "Paste request"));
    return true;
}

QByteArray ReportQueryEditor::requestJson() const
{
    return QJsonDocument(reportBody(d->query)).toJson(QJsonDocument::Indented);
}

RequestPanel* ReportQueryEditor::requestPanel() const
{
    return d->requestPanel;
}

bool ReportQueryEditor::isRequestPanelVisible() const
{
    return d->requestToggle->isChecked();
}

void ReportQueryEditor::setRequestPanelVisible(bool visible)
{
    d->requestToggle->setChecked(visible);
    d->requestPanel->setVisible(visible);
}

} // namespace kx
