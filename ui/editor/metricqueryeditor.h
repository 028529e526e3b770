// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiparsers.h"
#include "query/metricquery.h"
#include "query/queryvalidator.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QUndoStack;

namespace kx {

/// What the editor needs to know about the account it edits for (set by the document tab).
struct EditorContext {
    QString revision = QStringLiteral("2026-07-15");
    QString defaultTimezone = QStringLiteral("UTC");
    Interval defaultInterval = Interval::Day;
    QUrl baseUrl;                        ///< for "Copy as cURL"
    std::function<qint64()> now;         ///< UTC ms; resolves presets in the request preview
};

/// MIME type of a metric dragged from the metric browser: JSON {"id","name","integration"}.
inline constexpr char kMetricMimeType[] = "application/x-klaviyo-explorer-metric";

/**
 * The visual editor of a Query Metric Aggregates question (issue #5): metric picker,
 * measurements, date range, interval, timezone, group by, filters, page size and sort, live
 * validation, and a request panel with the exact JSON body per chunk, "Copy as cURL" and
 * "Paste request JSON". Every edit goes through its undo stack. It has no network access.
 *
 * @note The editor owns a copy of the query; the document tab reads it with query().
 */
class MetricQueryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetricQueryEditor(QWidget* parent = nullptr);
    ~MetricQueryEditor() override;

    /// Replaces the whole state (not undoable; clears the undo stack) — used when opening files.
    void setQuery(const MetricQuery& query);
    MetricQuery query() const;
    /**
     * Replaces the metric @p oldId by @p id (@p name, @p integration) in the query and in every
     * state of the undo history, without adding or dropping an undo step: the old id does not
     * exist in this account, so no undo should bring it back, and the user's edits stay undoable.
     */
    void replaceMetric(const QString& oldId, const QString& id, const QString& name, const QString& integration);

    /// The account's metrics for the picker (id, name, integration).
    void setMetrics(const QList<MetricInfo>& metrics);
    void setContext(const EditorContext& context);

    QUndoStack* undoStack() const;
    /// The validator's current messages for query() in the current context.
    QList<ValidationMessage> validation() const;
    /// No validation error: Run may be enabled.
    bool canRun() const;
    /// Moves keyboard focus to the widget of a validator/API field id ("timezone", "by[1]",
    /// "filters[0]", or an API `source.pointer` such as "/data/attributes/timezone").
    void focusField(const QString& fieldId);

    EditorContext context() const;
    /**
     * Replaces the query with a raw request body (`{"data":{"type":"metric-aggregate",…}}`) or a
     * .kmq document, as one undoable edit; what "Paste request JSON" does with the clipboard.
     * @return false with a translated @p error when the text is not such a request; the query is
     * then unchanged.
     */
    bool pasteRequest(const QByteArray& json, QString* error = nullptr);
    /// The request panel (JSON body, cURL, paste) is collapsed by default.
    bool isRequestPanelVisible() const;
    void setRequestPanelVisible(bool visible);

Q_SIGNALS:
    /// Any edit (including undo/redo).
    void queryChanged();
    /// canRun() may have changed.
    void validationChanged(bool canRun);
    /// The user asked to run (Ctrl+Return inside the editor).
    void runRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kx
