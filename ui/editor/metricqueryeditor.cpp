// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricqueryeditor.h"

#include "daterangeeditor.h"
#include "fieldmessagelabel.h"
#include "filterfields.h"
#include "filterrowwidget.h"
#include "groupbyeditor.h"
#include "metricpicker.h"
#include "querylabels.h"
#include "statecommand.h"
#include "requestpanel.h"
#include "timezonepicker.h"

#include "api/apiclient.h"
#include "query/queryfile.h"
#include "query/requestbuilder.h"
#include "query/revision.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

const QString kAggregatesPath = u"/api/metric-aggregates"_s;
constexpr int kPanelMinWidth = 380;
constexpr int kPanelMinHeight = 180;

/// "filters[2].value" → {"filters", 2}; "timezone" → {"timezone", -1}.
struct FieldRef {
    QString base;
    int index = -1;
};

FieldRef parseFieldId(const QString& fieldId)
{
    static const QRegularExpression pattern(u"^([A-Za-z]+)(?:\\[(\\d+)\\])?"_s);
    const QRegularExpressionMatch match = pattern.match(fieldId);
    if (!match.hasMatch())
        return { fieldId, -1 };
    FieldRef ref { match.captured(1), -1 };
    if (match.hasCaptured(2))
        ref.index = match.captured(2).toInt();
    // "range.start" / "range.end" keep their part: they have their own widgets.
    if (ref.base == "range"_L1 && fieldId.startsWith("range."_L1))
        ref.base = fieldId.section(u'.', 0, 1);
    return ref;
}

/// An API `source.pointer` ("/data/attributes/page_size") as an editor field id ("pageSize").
QString fieldIdFromPointer(const QString& pointer, const MetricQuery& query);

/**
 * The field id of each string of the request's `filter[]`, in order. Mirrors the assembly in
 * requestbuilder.cpp (dimension filters in order, the datetime bounds and verbatim strings put
 * back at their pinned indexes), so an API error about `/data/attributes/filter/2` can be
 * pointed at the right row.
 */
QStringList rawFilterFieldIds(const MetricQuery& query)
{
    QStringList unpinned;
    for (qsizetype i = 0; i < query.filters.size(); ++i)
        unpinned << u"filters[%1]"_s.arg(i);
    struct Pinned {
        int index;
        QString id;
    };
    QList<Pinned> pinned;
    const int startIndex = std::max(0, query.datetimeFilterIndex);
    if (query.datetimeBoundsCombined) {
        pinned.append({ startIndex, u"range"_s });
    } else {
        const int endIndex = query.datetimeEndFilterIndex >= 0 && query.datetimeEndFilterIndex != startIndex
            ? query.datetimeEndFilterIndex
            : startIndex + 1;
        pinned.append({ startIndex, u"range.start"_s });
        pinned.append({ endIndex, u"range.end"_s });
    }
    for (qsizetype i = 0; i < query.verbatimFilters.size(); ++i)
        pinned.append({ query.verbatimFilters.at(i).index, u"verbatim[%1]"_s.arg(i) });
    std::stable_sort(pinned.begin(), pinned.end(), [](const Pinned& a, const Pinned& b) { return a.index < b.index; });
    for (const Pinned& p : std::as_const(pinned))
        unpinned.insert(std::clamp<qsizetype>(p.index, 0, unpinned.size()), p.id);
    return unpinned;
}

QString fieldIdFromPointer(const QString& pointer, const MetricQuery& query)
{
    QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.at(0) == "data"_L1 && parts.at(1) == "attributes"_L1)
        parts = parts.mid(2);
    if (parts.isEmpty())
        return {};
    const QString name = parts.at(0);
    bool hasIndex = false;
    const int index = parts.size() > 1 ? parts.at(1).toInt(&hasIndex) : -1;
    if (name == "metric_id"_L1)
        return u"metric"_s;
    if (name == "measurements"_L1)
        return u"measurements"_s;
    if (name == "interval"_L1)
        return u"interval"_s;
    if (name == "timezone"_L1)
        return u"timezone"_s;
    if (name == "page_size"_L1 || name == "page_cursor"_L1)
        return u"pageSize"_s;
    if (name == "sort"_L1)
        return u"sort"_s;
    if (name == "by"_L1)
        return hasIndex ? u"by[%1]"_s.arg(index) : u"by"_s;
    if (name == "filter"_L1) {
        if (!hasIndex)
            return u"filters"_s;
        const QStringList ids = rawFilterFieldIds(query);
        return index >= 0 && index < ids.size() ? ids.at(index) : u"filters"_s;
    }
    return {};
}

bool isUndoKey(const QKeyEvent* event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}

bool isRunKey(const QKeyEvent* event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier);
}

struct DroppedMetric {
    QString id;
    QString name;
    QString integration;
};

std::optional<DroppedMetric> droppedMetric(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(QLatin1StringView(kMetricMimeType)))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(mime->data(QLatin1StringView(kMetricMimeType)));
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    DroppedMetric metric { object.value("id"_L1).toString(), object.value("name"_L1).toString(),
        object.value("integration"_L1).toString() };
    if (metric.id.trimmed().isEmpty())
        return std::nullopt;
    return metric;
}

/// Where a new negated row goes in the request's `filter` array: after everything else.
int negatedFilterIndex(const MetricQuery& q)
{
    return int(q.filters.size() + q.verbatimFilters.size()) + (q.datetimeBoundsCombined ? 1 : 2);
}

} // namespace

struct MetricQueryEditor::Private {
    explicit Private(MetricQueryEditor* editor)
        : q(editor)
    {
    }

    MetricQueryEditor* q;
    MetricQuery query;
    EditorContext context;
    QUndoStack* undoStack = nullptr;
    QList<ValidationMessage> messages;
    bool canRun = false;
    bool pristine = true; ///< neither setQuery() nor an edit yet: the context's defaults apply
    bool destroying = false;

    MetricPicker* metric = nullptr;
    FieldMessageLabel* metricMessage = nullptr;
    std::array<QCheckBox*, 3> measurementBoxes {};
    FieldMessageLabel* measurementsMessage = nullptr;
    DateRangeEditor* range = nullptr;
    FieldMessageLabel* rangeMessage = nullptr;
    QComboBox* interval = nullptr;
    FieldMessageLabel* intervalMessage = nullptr;
    TimezonePicker* timezone = nullptr;
    FieldMessageLabel* timezoneMessage = nullptr;
    GroupByEditor* by = nullptr;
    FieldMessageLabel* byMessage = nullptr;
    QVBoxLayout* filterRowsLayout = nullptr;
    QList<FilterRowWidget*> filterRows;
    QPushButton* addFilter = nullptr;
    FieldMessageLabel* filtersMessage = nullptr;
    QComboBox* sort = nullptr;
    FieldMessageLabel* sortMessage = nullptr;
    QSpinBox* pageSize = nullptr;
    FieldMessageLabel* pageSizeMessage = nullptr;
    FieldMessageLabel* generalMessage = nullptr;
    QToolButton* requestToggle = nullptr;
    RequestPanel* requestPanel = nullptr;
    QWidget* form = nullptr;
    QSplitter* splitter = nullptr;

    qint64 now() const
    {
        return context.now ? context.now() : QDateTime::currentMSecsSinceEpoch();
    }
    QTimeZone zone() const
    {
        const QTimeZone z(query.timezone.toUtf8());
        return z.isValid() ? z : QTimeZone::utc();
    }
    QStringList dimensions() const { return revision::aggregateDimensions(context.revision); }
    QStringList commonFirstDimensions() const
    {
        QStringList out = revision::commonAggregateDimensions(context.revision);
        for (const QString& d : dimensions()) {
            if (!out.contains(d))
                out << d;
        }
        return out;
    }

    void build();
    QWidget* buildForm();
    void connectWidgets();
    void watchInputs(QWidget* root);
    void updatePanelPlacement(bool opened);

    void edit(const MetricQuery& after, const QString& text, const QString& mergeKey = {});
    void apply(const MetricQuery& state, bool emitChanged);
    void refresh();
    void refreshFilters();
    void refreshSort();
    void refreshRequests();
    void revalidate();
    void showMessages();
    QWidget* widgetFor(const QString& fieldId) const;
    void setMetric(const QString& id, const QString& name, const QString& integration);
};

MetricQueryEditor::MetricQueryEditor(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->undoStack = new QUndoStack(this);
    d->query.measurements = { Measurement::Count };
    d->build();
    d->apply(d->query, false);
}

MetricQueryEditor::~MetricQueryEditor()
{
    // The widgets' signal handlers use d: take the widgets down while it still exists, and
    // ignore what they say on the way (a focused line edit reports editingFinished, …).
    d->destroying = true;
    delete d->splitter;
    d->splitter = nullptr;
}

void MetricQueryEditor::Private::build()
{
    q->setAcceptDrops(true);
    q->setObjectName(u"metricQueryEditor"_s);

    form = buildForm();
    requestPanel = new RequestPanel(q);
    requestPanel->setObjectName(u"requestPanel"_s);
    requestPanel->setVisible(false);

    splitter = new QSplitter(Qt::Horizontal, q);
    splitter->setObjectName(u"editorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(form);
    splitter->addWidget(requestPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connectWidgets();
    watchInputs(q);
    splitter->installEventFilter(q);
    updatePanelPlacement(false);
}

void MetricQueryEditor::Private::updatePanelPlacement(bool opened)
{
    // The form never gets narrower than it can be drawn; the JSON goes beside it when there is
    // room for both and below it otherwise, so opening the panel never forces a wider window.
    const int formWidth = form->minimumSizeHint().width();
    splitter->setMinimumWidth(formWidth);
    if (!requestPanel->isVisibleTo(q)) {
        requestToggle->setArrowType(Qt::RightArrow);
        return;
    }
    const bool beside = splitter->width() >= formWidth + kPanelMinWidth;
    const Qt::Orientation orientation = beside ? Qt::Horizontal : Qt::Vertical;
    if (splitter->orientation() != orientation || opened) {
        splitter->setOrientation(orientation);
        if (beside) {
            const int total = splitter->width();
            const int panel = std::max(kPanelMinWidth, total * 2 / 5);
            splitter->setSizes({ total - panel, panel });
        } else {
            const int formHeight = form->sizeHint().height();
            splitter->setSizes({ formHeight, std::max(kPanelMinHeight, splitter->height() - formHeight) });
        }
    }
    requestToggle->setArrowType(beside ? Qt::LeftArrow : Qt::UpArrow);
}

QWidget* MetricQueryEditor::Private::buildForm()
{
    auto* form = new QWidget(q);
    form->setObjectName(u"editorForm"_s);
    auto* grid = new QGridLayout(form);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);

    auto message = [form](const QString& name) {
        auto* label = new FieldMessageLabel(form);
        label->setObjectName(name);
        return label;
    };
    auto rowLabel = [form](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, form);
        label->setBuddy(buddy);
        return label;
    };
    // Each logical row is two grid rows: the fields, then their messages (hidden rows take no
    // space, so the form stays compact until there is something to say).
    auto placeMessage = [grid](FieldMessageLabel* label, int row, int column, int span = 1) {
        grid->addWidget(label, row, column, 1, span);
    };

    // Row 0: metric and dates.
    metric = new MetricPicker(form);
    metric->setObjectName(u"metricPicker"_s);
    metricMessage = message(u"metricMessage"_s);
    range = new DateRangeEditor(form);
    range->setObjectName(u"rangeEditor"_s);
    rangeMessage = message(u"rangeMessage"_s);
    grid->addWidget(rowLabel(tr("&Metric"), metric), 0, 0);
    grid->addWidget(metric, 0, 1);
    grid->addWidget(rowLabel(tr("&Dates"), range->presetCombo()), 0, 2);
    grid->addWidget(range, 0, 3, 1, 3);
    placeMessage(metricMessage, 1, 1);
    placeMessage(rangeMessage, 1, 3, 3);

    // Row 1: measurements, interval, timezone.
    auto* measurementsBox = new QWidget(form);
    measurementsBox->setObjectName(u"measurementsBox"_s);
    auto* measurementsLayout = new QHBoxLayout(measurementsBox);
    measurementsLayout->setContentsMargins(0, 0, 0, 0);
    measurementsLayout->setSpacing(12);
    const QList<Measurement> measurements = allMeasurements();
    static constexpr std::array<const char*, 3> kBoxNames { "measurementCount", "measurementSumValue", "measurementUnique" };
    for (qsizetype i = 0; i < measurements.size() && i < qsizetype(measurementBoxes.size()); ++i) {
        auto* box = new QCheckBox(measurementLabel(measurements.at(i)), measurementsBox);
        box->setObjectName(QString::fromLatin1(kBoxNames[std::size_t(i)]));
        box->setToolTip(querylabels::measurementToolTip(measurements.at(i)));
        box->setProperty("measurement", int(measurements.at(i)));
        measurementsLayout->addWidget(box);
        measurementBoxes[std::size_t(i)] = box;
    }
    measurementsLayout->addStretch(1);
    measurementsMessage = message(u"measurementsMessage"_s);
    interval = new QComboBox(form);
    interval->setObjectName(u"intervalCombo"_s);
    for (Interval i : { Interval::Hour, Interval::Day, Interval::Week, Interval::Month })
        interval->addItem(querylabels::intervalLabel(i), int(i));
    interval->setToolTip(tr("The size of each time bucket in the results"));
    intervalMessage = message(u"intervalMessage"_s);
    timezone = new TimezonePicker(form);
    timezone->setObjectName(u"timezonePicker"_s);
    // Room for "America/New_York (UTC-04:00)" even with the request panel beside the form.
    timezone->setMinimumContentsLength(28);
    timezoneMessage = message(u"timezoneMessage"_s);
    grid->addWidget(rowLabel(tr("M&easure"), measurementBoxes[0]), 2, 0);
    grid->addWidget(measurementsBox, 2, 1);
    grid->addWidget(rowLabel(tr("&Interval"), interval), 2, 2);
    grid->addWidget(interval, 2, 3);
    grid->addWidget(rowLabel(tr("&Timezone"), timezone), 2, 4);
    grid->addWidget(timezone, 2, 5);
    placeMessage(measurementsMessage, 3, 1);
    placeMessage(intervalMessage, 3, 3);
    placeMessage(timezoneMessage, 3, 5);

    // Row 2: group by, sort, page size.
    by = new GroupByEditor(form);
    by->setObjectName(u"groupByEditor"_s);
    byMessage = message(u"byMessage"_s);
    sort = new QComboBox(form);
    sort->setObjectName(u"sortCombo"_s);
    sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sort->setMinimumContentsLength(28); // "Sum of event values, highest first"
    sort->setToolTip(tr("The order of the result rows"));
    sortMessage = message(u"sortMessage"_s);
    pageSize = new QSpinBox(form);
    pageSize->setObjectName(u"pageSizeSpin"_s);
    pageSize->setRange(0, 99'999'999);
    pageSize->setSpecialValueText(tr("Default (500)"));
    pageSize->setToolTip(tr("Rows per page of the answer; the app fetches every page either way"));
    pageSize->setKeyboardTracking(true);
    pageSizeMessage = message(u"pageSizeMessage"_s);
    grid->addWidget(rowLabel(tr("&Group by"), by->addButton()), 4, 0);
    grid->addWidget(by, 4, 1);
    grid->addWidget(rowLabel(tr("&Sort"), sort), 4, 2);
    grid->addWidget(sort, 4, 3);
    grid->addWidget(rowLabel(tr("&Page size"), pageSize), 4, 4);
    grid->addWidget(pageSize, 4, 5, Qt::AlignLeft);
    placeMessage(byMessage, 5, 1);
    placeMessage(sortMessage, 5, 3);
    placeMessage(pageSizeMessage, 5, 5);

    // Row 3: filters.
    auto* filtersBox = new QWidget(form);
    filtersBox->setObjectName(u"filtersBox"_s);
    auto* filtersLayout = new QVBoxLayout(filtersBox);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->setSpacing(3);
    filterRowsLayout = new QVBoxLayout;
    filterRowsLayout->setSpacing(3);
    filtersLayout->addLayout(filterRowsLayout);
    auto* filterButtons = new QHBoxLayout;
    filterButtons->setContentsMargins(0, 0, 0, 0);
    addFilter = new QPushButton(tr("Add filter"), filtersBox);
    addFilter->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    addFilter->setObjectName(u"addFilterButton"_s);
    addFilter->setToolTip(tr("Only count events whose property matches a value"));
    filtersMessage = message(u"filtersMessage"_s);
    generalMessage = message(u"generalMessage"_s);
    requestToggle = new QToolButton(filtersBox);
    requestToggle->setObjectName(u"requestToggle"_s);
    requestToggle->setText(tr("Request JSON"));
    requestToggle->setCheckable(true);
    requestToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    requestToggle->setArrowType(Qt::RightArrow);
    requestToggle->setToolTip(tr("Show the exact API request, copy it as cURL or paste one"));
    filterButtons->addWidget(addFilter);
    filterButtons->addWidget(filtersMessage, 1);
    filterButtons->addStretch(1);
    filterButtons->addWidget(requestToggle);
    filtersLayout->addLayout(filterButtons);
    filtersLayout->addWidget(generalMessage);
    auto* filtersLabel = rowLabel(tr("&Filters"), addFilter);
    grid->addWidget(filtersLabel, 6, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(filtersBox, 6, 1, 1, 5);
    // The label sits level with the first row of the box, whatever it holds.
    filtersLabel->setMinimumHeight(addFilter->sizeHint().height());

    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);
    grid->setRowStretch(7, 1);
    return form;
}

void MetricQueryEditor::Private::connectWidgets()
{
    QObject::connect(metric, &MetricPicker::metricChosen, q,
        [this](const QString& id, const QString& name, const QString& integration) { setMetric(id, name, integration); });

    for (QCheckBox* box : measurementBoxes) {
        QObject::connect(box, &QCheckBox::toggled, q, [this, box](bool checked) {
            const auto measurement = Measurement(box->property("measurement").toInt());
            MetricQuery next = query;
            next.measurements.removeAll(measurement);
            // New measurements go last, so an imported order is kept.
            if (checked)
                next.measurements.append(measurement);
            // Sorting by a measurement that is no longer asked for would be refused.
            const QString sortKey = next.sort.startsWith(u'-') ? next.sort.mid(1) : next.sort;
            if (const auto sortBy = measurementFromName(sortKey); sortBy && !next.measurements.contains(*sortBy))
                next.sort.clear();
            edit(next, checked ? tr("Measure %1").arg(measurementLabel(measurement))
                               : tr("Stop measuring %1").arg(measurementLabel(measurement)));
        });
    }

    QObject::connect(range, &DateRangeEditor::rangeEdited, q, [this](const DateRange& r, const QString& mergeKey) {
        MetricQuery next = query;
        next.range = r;
        edit(next, tr("Change the date range"), mergeKey);
    });

    QObject::connect(interval, &QComboBox::activated, q, [this](int index) {
        MetricQuery next = query;
        next.interval = Interval(interval->itemData(index).toInt());
        if (next.interval != query.interval)
            edit(next, tr("Change the interval"));
    });

    QObject::connect(timezone, &TimezonePicker::timezoneChosen, q, [this](const QString& id) {
        MetricQuery next = query;
        next.timezone = id;
        const QTimeZone to(id.toUtf8());
        next.range = DateRangeEditor::movedToZone(query.range, zone(), to.isValid() ? to : QTimeZone::utc());
        edit(next, tr("Change the timezone"));
    });

    QObject::connect(by, &GroupByEditor::byEdited, q, [this](const QStringList& list) {
        MetricQuery next = query;
        next.by = list;
        const QString sortKey = next.sort.startsWith(u'-') ? next.sort.mid(1) : next.sort;
        if (!sortKey.isEmpty() && !measurementFromName(sortKey) && !list.contains(sortKey))
            next.sort.clear(); // sorting by a dimension that is no longer grouped by
        edit(next, list.size() > query.by.size() ? tr("Group by %1").arg(querylabels::dimensionLabel(list.constLast()))
                                                 : tr("Change the grouping"));
    });

    QObject::connect(addFilter, &QPushButton::clicked, q, [this] {
        const QStringList fields = commonFirstDimensions();
        MetricQuery next = query;
        next.filters.append(filterfields::defaultCondition(fields.isEmpty() ? u"$message"_s : fields.constFirst()));
        edit(next, tr("Add a filter"));
        if (!filterRows.isEmpty()) {
            const qsizetype row = query.filters.size() - 1;
            if (row >= 0 && row < filterRows.size())
                filterRows.at(row)->fieldCombo()->setFocus(Qt::OtherFocusReason);
        }
    });

    QObject::connect(sort, &QComboBox::activated, q, [this](int index) {
        MetricQuery next = query;
        next.sort = sort->itemData(index).toString();
        if (next.sort != query.sort)
            edit(next, tr("Change the sort order"));
    });

    QObject::connect(pageSize, &QSpinBox::valueChanged, q, [this](int value) {
        MetricQuery next = query;
        next.pageSize = value > 0 ? std::optional<int>(value) : std::nullopt;
        if (next.pageSize != query.pageSize)
            edit(next, tr("Change the page size"), u"pageSize"_s);
    });

    QObject::connect(requestToggle, &QToolButton::toggled, q, [this](bool visible) {
        requestPanel->setVisible(visible);
        updatePanelPlacement(true);
        refreshRequests();
    });

    QObject::connect(requestPanel->copyJsonButton(), &QPushButton::clicked, q, [this] {
        QGuiApplication::clipboard()->setText(requestPanel->currentJson());
        requestPanel->showNote(tr("Copied the request body."), false);
    });

    QObject::connect(requestPanel->copyCurlButton(), &QPushButton::clicked, q, [this] {
        const QList<AggregateChunk> chunks = requestPanel->requests();
        const int index = requestPanel->currentIndex();
        if (index >= chunks.size())
            return;
        const ApiRequest request = ApiRequest::post(kAggregatesPath, EndpointFamily::MetricAggregates,
            QJsonDocument(chunks.at(index).body).toJson(QJsonDocument::Compact));
        const QUrl base = context.baseUrl.isValid() ? context.baseUrl : ApiClient::defaultBaseUrl();
        QGuiApplication::clipboard()->setText(curlCommand(request, base, context.revision));
        requestPanel->showNote(tr("Copied a cURL command; it reads the key from $KLAVIYO_API_KEY."), false);
    });

    QObject::connect(requestPanel->pasteButton(), &QPushButton::clicked, q, [this] {
        QString error;
        const QString text = QGuiApplication::clipboard()->text();
        if (text.trimmed().isEmpty()) {
            requestPanel->showNote(tr("The clipboard is empty. Copy a request body first."), true);
            return;
        }
        if (q->pasteRequest(text.toUtf8(), &error))
            requestPanel->showNote(tr("Pasted the request. Undo takes it back."), false);
        else
            requestPanel->showNote(error, true);
    });
}

void MetricQueryEditor::Private::watchInputs(QWidget* root)
{
    // Text inputs have their own undo; Ctrl+Z must undo the query instead, or the two histories
    // drift apart. They also get the metric drop and Ctrl+Return.
    const auto install = [this](QWidget* w) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)
            || qobject_cast<QPlainTextEdit*>(w))
            w->installEventFilter(q);
    };
    install(root);
    for (QWidget* w : root->findChildren<QWidget*>())
        install(w);
}

void MetricQueryEditor::Private::setMetric(const QString& id, const QString& name, const QString& integration)
{
    MetricQuery next = query;
    next.metricId = id;
    next.metricName = name;
    next.integrationName = integration;
    if (next != query)
        edit(next, tr("Choose the metric %1").arg(name.isEmpty() ? id : name));
}

void MetricQueryEditor::Private::edit(const MetricQuery& after, const QString& text, const QString& mergeKey)
{
    if (destroying)
        return;
    if (after == query) {
        refresh(); // a refused or empty change: show the state as it is
        return;
    }
    pristine = false;
    undoStack->push(new QueryStateCommand([this](const MetricQuery& state) { apply(state, true); }, query, after,
        text, mergeKey));
}

void MetricQueryEditor::Private::apply(const MetricQuery& state, bool emitChanged)
{
    query = state;
    refresh();
    revalidate();
    if (emitChanged)
        Q_EMIT q->queryChanged();
}

void MetricQueryEditor::Private::refresh()
{
    const qint64 nowMs = now();
    metric->setCurrentMetric(query.metricId, query.metricName, query.integrationName);
    for (QCheckBox* box : measurementBoxes) {
        const auto m = Measurement(box->property("measurement").toInt());
        const QSignalBlocker blocker(box);
        box->setChecked(query.measurements.contains(m));
    }
    range->setRange(query.range, query.timezone, nowMs);
    {
        const QSignalBlocker blocker(interval);
        interval->setCurrentIndex(interval->findData(int(query.interval)));
    }
    timezone->setTimezone(query.timezone);
    by->setDimensions(dimensions(), revision::commonAggregateDimensions(context.revision));
    by->setBy(query.by);
    refreshFilters();
    refreshSort();
    if (pageSize->value() != query.pageSize.value_or(0)) {
        const QSignalBlocker blocker(pageSize);
        pageSize->setValue(query.pageSize.value_or(0));
    }
    refreshRequests();
}

void MetricQueryEditor::Private::refreshFilters()
{
    const qsizetype wanted = query.filters.size() + query.verbatimFilters.size();
    // Rows are reused in place so typing keeps its cursor; only the count changes the layout.
    while (filterRows.size() > wanted) {
        FilterRowWidget* row = filterRows.takeLast();
        row->setObjectName(QString());
        const bool hadFocus = row->isAncestorOf(QApplication::focusWidget());
        row->hide();
        filterRowsLayout->removeWidget(row);
        row->deleteLater(); // it may be the sender of the remove click
        if (hadFocus)
            addFilter->setFocus(Qt::OtherFocusReason);
    }
    while (filterRows.size() < wanted) {
        auto* row = new FilterRowWidget(q);
        row->setObjectName(u"filterRow"_s);
        filterRowsLayout->addWidget(row);
        row->show(); // at once, not from the layout's queued call: the row is part of the state now
        filterRows.append(row);
        watchInputs(row);
        QObject::connect(row, &FilterRowWidget::conditionEdited, q,
            [this, row](const FilterExpr& condition, bool negated, bool typing) {
                const qsizetype index = filterRows.indexOf(row);
                if (index < 0 || index >= query.filters.size() + query.verbatimFilters.size())
                    return;
                MetricQuery next = query;
                QString key;
                // A negated row is sent as not(<condition>), kept like an imported one (VerbatimFilter)
                // so the request writes it where it stood; see negatedFilterIndex().
                if (index < query.filters.size()) {
                    key = u"filters[%1].value"_s.arg(index);
                    if (negated) {
                        next.filters.removeAt(index);
                        next.verbatimFilters.append({ negatedFilterIndex(next), printNegatedCondition(condition) });
                    } else {
                        next.filters[index] = condition;
                    }
                } else {
                    const qsizetype v = index - query.filters.size();
                    key = u"verbatim[%1].value"_s.arg(v);
                    if (negated) {
                        next.verbatimFilters[v].text = printNegatedCondition(condition);
                    } else {
                        next.verbatimFilters.removeAt(v);
                        next.filters.append(condition);
                    }
                }
                edit(next, typing ? tr("Type a filter value") : tr("Change a filter"), typing ? key : QString());
            });
        QObject::connect(row, &FilterRowWidget::removeRequested, q, [this, row] {
            const qsizetype index = filterRows.indexOf(row);
            if (index < 0)
                return;
            MetricQuery next = query;
            if (index < query.filters.size())
                next.filters.removeAt(index);
            else if (index - query.filters.size() < query.verbatimFilters.size())
                next.verbatimFilters.removeAt(index - query.filters.size());
            edit(next, tr("Remove a filter"));
        });
    }
    const QStringList fields = commonFirstDimensions();
    for (qsizetype i = 0; i < filterRows.size(); ++i) {
        FilterRowWidget* row = filterRows.at(i);
        row->setProperty("fieldId", i < query.filters.size() ? u"filters[%1]"_s.arg(i)
                                                              : u"verbatim[%1]"_s.arg(i - query.filters.size()));
        if (i < query.filters.size()) {
            row->setCondition(query.filters.at(i), fields);
            continue;
        }
        const QString& text = query.verbatimFilters.at(i - query.filters.size()).text;
        if (const auto negated = parseNegatedCondition(text); negated && filterfields::isEditable(*negated))
            row->setCondition(*negated, fields, true);
        else
            row->setVerbatim(text);
    }
}

void MetricQueryEditor::Private::refreshSort()
{
    // Only the orders that make sense for this query: its measurements and its group-bys, each
    // both ways, as far as the revision's sort enum allows.
    const QStringList allowed = revision::aggregateSortValues(context.revision);
    QStringList values;
    for (Measurement m : std::as_const(query.measurements))
        values << u"-"_s + measurementName(m) << measurementName(m);
    for (const QString& dimension : std::as_const(query.by))
        values << dimension << u"-"_s + dimension;
    values.erase(std::remove_if(values.begin(), values.end(), [&allowed](const QString& v) { return !allowed.contains(v); }),
        values.end());
    values.removeDuplicates();
    if (!query.sort.isEmpty() && !values.contains(query.sort))
        values << query.sort; // imported; the validator says if the revision refuses it
    QStringList current;
    for (int i = 1; i < sort->count(); ++i)
        current << sort->itemData(i).toString();
    const QSignalBlocker blocker(sort);
    if (sort->count() == 0 || current != values) {
        sort->clear();
        sort->addItem(tr("Default order"), QString());
        for (const QString& value : std::as_const(values)) {
            sort->addItem(querylabels::sortLabel(value), value);
            sort->setItemData(sort->count() - 1, tr("API value: %1").arg(value), Qt::ToolTipRole);
        }
    }
    sort->setCurrentIndex(std::max(0, sort->findData(query.sort)));
}

void MetricQueryEditor::Private::refreshRequests()
{
    // Building the bodies is cheap, but not free on every keystroke: only while it is shown.
    if (!requestToggle->isChecked())
        return;
    const QList<AggregateChunk> chunks = metricAggregateChunks(query, now());
    QString problem;
    if (chunks.isEmpty())
        problem = tr("There is no request to show: the date range is not valid. Fix the dates in the form.");
    requestPanel->setRequests(chunks, query.timezone, problem);
}

void MetricQueryEditor::Private::revalidate()
{
    QList<ValidationMessage> next = validate(query, context.revision, now());
    // What the validator cannot see: a value typed into a row that does not fit its field.
    for (qsizetype i = 0; i < query.filters.size(); ++i) {
        const QString problem = filterfields::valueProblem(query.filters.at(i));
        if (problem.isEmpty())
            continue;
        const QString field = u"filters[%1]"_s.arg(i);
        const bool known = std::any_of(next.cbegin(), next.cend(), [&field](const ValidationMessage& m) {
            return m.field == field && m.severity == ValidationMessage::Severity::Error;
        });
        if (!known) {
            ValidationMessage message;
            message.severity = ValidationMessage::Severity::Error;
            message.field = field;
            message.message = problem;
            next.append(message);
        }
    }
    messages = next;
    showMessages();
    const bool runnable = std::none_of(messages.cbegin(), messages.cend(),
        [](const ValidationMessage& m) { return m.severity == ValidationMessage::Severity::Error; });
    if (runnable != canRun) {
        canRun = runnable;
        Q_EMIT q->validationChanged(canRun);
    }
}

void MetricQueryEditor::Private::showMessages()
{
    struct Bucket {
        QStringList errors;
        QStringList warnings;
    };
    QHash<FieldMessageLabel*, Bucket> buckets;
    const QList<FieldMessageLabel*> all = { metricMessage, measurementsMessage, rangeMessage, intervalMessage,
        timezoneMessage, byMessage, filtersMessage, sortMessage, pageSizeMessage, generalMessage };
    for (FieldMessageLabel* label : all)
        buckets.insert(label, {});
    for (FilterRowWidget* row : std::as_const(filterRows))
        buckets.insert(row->messageLabel(), {});
    QList<int> byErrors;

    for (const ValidationMessage& m : std::as_const(messages)) {
        const FieldRef ref = parseFieldId(m.field);
        FieldMessageLabel* label = generalMessage;
        if (ref.base == "metric"_L1)
            label = metricMessage;
        else if (ref.base == "measurements"_L1)
            label = measurementsMessage;
        else if (ref.base.startsWith("range"_L1))
            label = rangeMessage;
        else if (ref.base == "interval"_L1)
            label = intervalMessage;
        else if (ref.base == "timezone"_L1)
            label = timezoneMessage;
        else if (ref.base == "by"_L1) {
            label = byMessage;
            if (ref.index >= 0 && m.severity == ValidationMessage::Severity::Error)
                byErrors << ref.index;
        } else if (ref.base == "filters"_L1 || ref.base == "verbatim"_L1) {
            const qsizetype row = ref.base == "filters"_L1 ? ref.index : query.filters.size() + ref.index;
            label = ref.index >= 0 && row < filterRows.size() ? filterRows.at(row)->messageLabel() : filtersMessage;
        } else if (ref.base == "pageSize"_L1)
            label = pageSizeMessage;
        else if (ref.base == "sort"_L1)
            label = sortMessage;
        Bucket& bucket = buckets[label];
        QStringList& list = m.severity == ValidationMessage::Severity::Error ? bucket.errors : bucket.warnings;
        if (!list.contains(m.message))
            list << m.message;
    }
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        it.key()->setMessages(it->errors, it->warnings);
    by->setErrorIndexes(byErrors);
}

QWidget* MetricQueryEditor::Private::widgetFor(const QString& fieldId) const
{
    const FieldRef ref = parseFieldId(fieldId);
    if (ref.base == "metric"_L1)
        return metric;
    if (ref.base == "measurements"_L1) {
        for (QCheckBox* box : measurementBoxes) {
            if (box->isChecked())
                return box;
        }
        return measurementBoxes[0];
    }
    if (ref.base == "range"_L1)
        return range->presetCombo();
    if (ref.base == "range.start"_L1)
        return range->startEdit()->isVisible() || query.range.kind == DateRange::Kind::Absolute
            ? static_cast<QWidget*>(range->startEdit())
            : static_cast<QWidget*>(range->presetCombo());
    if (ref.base == "range.end"_L1)
        return range->endEdit()->isVisible() || query.range.kind == DateRange::Kind::Absolute
            ? static_cast<QWidget*>(range->endEdit())
            : static_cast<QWidget*>(range->presetCombo());
    if (ref.base == "interval"_L1)
        return interval;
    if (ref.base == "timezone"_L1)
        return timezone;
    if (ref.base == "by"_L1) {
        QWidget* chip = ref.index >= 0 ? by->chip(ref.index) : nullptr;
        return chip ? chip : by->addButton();
    }
    if (ref.base == "filters"_L1 || ref.base == "verbatim"_L1) {
        const qsizetype row = ref.base == "filters"_L1 ? ref.index : query.filters.size() + ref.index;
        if (ref.index >= 0 && row < filterRows.size())
            return filterRows.at(row)->focusTarget();
        return addFilter;
    }
    if (ref.base == "pageSize"_L1)
        return pageSize;
    if (ref.base == "sort"_L1)
        return sort;
    return nullptr;
}

void MetricQueryEditor::setQuery(const MetricQuery& query)
{
    d->pristine = false;
    d->undoStack->clear();
    d->apply(query, false);
}

void MetricQueryEditor::replaceMetric(
    const QString& oldId, const QString& id, const QString& name, const QString& integration)
{
    const auto replaced = [&](MetricQuery q) {
        if (q.metricId == oldId) {
            q.metricId = id;
            q.metricName = name;
            q.integrationName = integration;
        }
        return q;
    };
    for (int i = 0; i < d->undoStack->count(); ++i) {
        // The commands are ours and not const objects; the stack only hands out const pointers.
        if (auto* command = dynamic_cast<const QueryStateCommand*>(d->undoStack->command(i)))
            const_cast<QueryStateCommand*>(command)->setStates(replaced(command->before()), replaced(command->after()));
    }
    const MetricQuery next = replaced(d->query);
    if (next != d->query)
        d->apply(next, true);
}

MetricQuery MetricQueryEditor::query() const
{
    return d->query;
}

void MetricQueryEditor::setMetrics(const QList<MetricInfo>& metrics)
{
    d->metric->setMetrics(metrics);
    d->metric->setCurrentMetric(d->query.metricId, d->query.metricName, d->query.integrationName);
}

void MetricQueryEditor::setContext(const EditorContext& context)
{
    d->context = context;
    if (d->context.revision.isEmpty())
        d->context.revision = revision::defaultRevision();
    d->timezone->setZones(d->now(), context.defaultTimezone);
    if (d->pristine) {
        // A new query starts in the account's timezone and default interval.
        d->query.timezone = context.defaultTimezone.isEmpty() ? u"UTC"_s : context.defaultTimezone;
        d->query.interval = context.defaultInterval;
    }
    // The revision decides the group-by and sort choices and what the validator accepts.
    d->apply(d->query, false);
}

EditorContext MetricQueryEditor::context() const
{
    return d->context;
}

QUndoStack* MetricQueryEditor::undoStack() const
{
    return d->undoStack;
}

QList<ValidationMessage> MetricQueryEditor::validation() const
{
    return d->messages;
}

bool MetricQueryEditor::canRun() const
{
    return d->canRun;
}

void MetricQueryEditor::focusField(const QString& fieldId)
{
    const QString id = fieldId.startsWith(u'/') ? fieldIdFromPointer(fieldId, d->query) : fieldId;
    QWidget* target = d->widgetFor(id);
    if (!target)
        return;
    if (id == "filters"_L1 && d->filterRows.isEmpty())
        target = d->addFilter;
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target))
        edit->selectAll();
}

bool MetricQueryEditor::pasteRequest(const QByteArray& json, QString* error)
{
    QString why;
    const std::optional<QueryDocument> document = queryfile::fromJson(json, &why);
    if (!document) {
        if (error)
            *error = why;
        return false;
    }
    if (document->kind != QueryDocument::Kind::MetricAggregate) {
        if (error)
            *error = tr("This is a Reporting API request; this editor builds metric-aggregate requests. "
                        "Open it from File → Open instead.");
        return false;
    }
    MetricQuery next = document->metric;
    if (next.metricName.isEmpty()) {
        // A raw body has only the id; the account's metric list gives the name to show.
        if (const MetricInfo* info = d->metric->findMetric(next.metricId)) {
            next.metricName = info->name;
            next.integrationName = info->integrationName;
        }
    }
    d->edit(next, tr("Paste a request"));
    return true;
}

bool MetricQueryEditor::isRequestPanelVisible() const
{
    return d->requestToggle->isChecked();
}

void MetricQueryEditor::setRequestPanelVisible(bool visible)
{
    d->requestToggle->setChecked(visible);
}

bool MetricQueryEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (d->destroying)
        return QWidget::eventFilter(watched, event);
    if (watched == d->splitter) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            d->updatePanelPlacement(false);
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Not accepted: a window-wide Undo action may take the key; otherwise the key press
        // below reaches us instead of the input's own undo.
        auto* key = static_cast<QKeyEvent*>(event);
        if (isUndoKey(key))
            return true;
        break;
    }
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            d->undoStack->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            d->undoStack->redo();
            return true;
        }
        if (isRunKey(key)) {
            if (d->canRun)
                Q_EMIT runRequested();
            return true;
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (droppedMetric(drag->mimeData())) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (const auto metric = droppedMetric(drop->mimeData())) {
            d->setMetric(metric->id, metric->name, metric->integration);
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MetricQueryEditor::keyPressEvent(QKeyEvent* event)
{
    if (isRunKey(event)) {
        if (d->canRun)
            Q_EMIT runRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MetricQueryEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (droppedMetric(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QWidget::dragEnterEvent(event);
}

void MetricQueryEditor::dragMoveEvent(QDragMoveEvent* event)
{
    if (droppedMetric(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QWidget::dragMoveEvent(event);
}

void MetricQueryEditor::dropEvent(QDropEvent* event)
{
    if (const auto metric = droppedMetric(event->mimeData())) {
        d->setMetric(metric->id, metric->name, metric->integration);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QWidget::dropEvent(event);
}

} // namespace kx
