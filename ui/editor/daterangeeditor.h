// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/metricquery.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace kx {

/**
 * The date range control: a preset (kept relative in saved files) or custom start and end
 * times with calendar pop-ups. Custom times are entered and shown as wall times of the query's
 * timezone, never the machine's: the date-time edits hold naive wall times and the bounds are
 * written as ISO lexemes with that zone's offset. Imported bounds are only rewritten when the
 * user edits them, so a pasted request prints back exactly.
 */
class DateRangeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeEditor(QWidget* parent = nullptr);

    /// Shows @p range in @p timezone; presets are resolved at @p nowUtcMs for the hint.
    void setRange(const DateRange& range, const QString& timezone, qint64 nowUtcMs);
    DateRange range() const { return m_range; }

    QComboBox* presetCombo() const { return m_preset; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QDateTimeEdit* endEdit() const { return m_end; }

    /// The bound lexeme for a wall time of @p zone: "2024-03-10T00:00:00-05:00".
    static QString lexemeFor(const QDateTime& wallTime, const QTimeZone& zone);
    /// The wall time in @p zone of a bound lexeme (one without offset is already a wall time of
    /// @p zone); invalid when the lexeme does not parse.
    static QDateTime wallTimeOf(const QString& lexeme, const QTimeZone& zone);
    /**
     * @p range after the query moved from @p from to @p to: custom bounds keep their wall times
     * (a marketer's "1 March, midnight" stays that), so bounds with an offset are rewritten with
     * the new zone's offset; bounds without offset already mean the query's zone and are kept.
     */
    static DateRange movedToZone(const DateRange& range, const QTimeZone& from, const QTimeZone& to);
    /// The first and last day a resolved range covers, e.g. "1 May 2024 – 31 May 2024".
    static QString describe(const ResolvedRange& range, const QTimeZone& zone);

Q_SIGNALS:
    /// The user changed the range; @p mergeKey is "range.start"/"range.end" while typing a time.
    void rangeEdited(const DateRange& range, const QString& mergeKey);

private:
    void presetActivated(int index);
    void boundEdited(bool start, const QDateTime& value);
    void showBound(QDateTimeEdit* edit, const QString& lexeme);
    void updateHint();

    QComboBox* m_preset = nullptr;
    QWidget* m_customBox = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QLabel* m_hint = nullptr;
    DateRange m_range;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_zoneId;
    qint64 m_nowUtcMs = 0;
};

} // namespace kx
