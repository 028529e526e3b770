// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QWidget>

#include "api/apiparsers.h"
#include "metricqueryeditor.h"
#include "query/queryvalidator.h"
#include "query/reportquery.h"

class QUndoStack;

namespace kx {

class RequestPanel;
enum class NameKind; // api/namelookup.h

/**
 * The visual editor of a Reporting API request (issue #7): report type, statistics as a checklist
 * of the type's statistics (each with its formula as tooltip), timeframe key or custom start/end,
 * interval for series, conversion metric from the account's metrics, group_by with the required
 * groupings locked on, and a filter limited to the type's fields and operators with pickers that
 * choose campaigns, flows, forms and segments by name. Validation runs as you type and shows next
 * to each field; every edit goes through its own undo stack. The request panel shows the exact
 * JSON body, copies it as cURL (key from $KLAVIYO_API_KEY) and pastes a raw request body.
 * @note No network access: names and metrics are given to it by the document.
 */
class ReportQueryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReportQueryEditor(QWidget* parent = nullptr);
    ~ReportQueryEditor() override;

    /// Replaces the whole state (not undoable; clears the undo stack) — new reports and files.
    void setQuery(const ReportQuery& query);
    ReportQuery query() const;
    /// Revision, base URL and clock (the timezone fields of the context are not used).
    void setContext(const EditorContext& context);
    EditorContext context() const;
    /// The account's metrics for the conversion metric picker.
    void setMetrics(const QList<MetricInfo>& metrics);
    /// Names of campaigns, flows, forms, segments… for the filter pickers (id → name).
    void setEntityNames(NameKind kind, const QHash<QString, QString>& names);
    QUndoStack* undoStack() const;

    /// The validator's messages for query() plus messages set with setFieldProblem().
    QList<ValidationMessage> validation() const;
    bool canRun() const;
    /**
     * Shows @p message as an error under @p field ("conversionMetric", …) until the query changes;
     * how an API refusal (a metric that cannot be a conversion metric) is explained in place.
     */
    void setFieldProblem(const QString& field, const QString& message);

    /// Edits of the report type, undoable (what the type combo does).
    void chooseType(ReportType type);
    /// Appends one condition to the filter, undoable (what the filter "Add" button does).
    void addFilterCondition(const QString& field, const QString& op, const QStringList& values);

    /**
     * Replaces the query with a raw report request body or a .kmq report document, as one undoable
     * edit. @return false with a translated @p error when the text is not one; nothing changes then.
     */
    bool pasteRequest(const QByteArray& json, QString* error = nullptr);
    /// The exact request body a run sends (indented JSON).
    QByteArray requestJson() const;
    RequestPanel* requestPanel() const;
    bool isRequestPanelVisible() const;
    void setRequestPanelVisible(bool visible);

Q_SIGNALS:
    /// Any edit (including undo/redo and setQuery()).
    void queryChanged();
    void validationChanged(bool canRun);
    /// The user picked a conversion metric (the document remembers it per profile).
    void conversionMetricChosen(const QString& metricId);
    void runRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kx
