// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterangeeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

constexpr int kCustomItem = -1;

QTimeZone zoneOf(const QString& id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTimeEdit* makeBoundEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    // Naive wall time: the edit must not convert through the machine's timezone.
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    edit->setMaximumDateTime(QDateTime(QDate(2100, 12, 31), QTime(23, 59), Qt::UTC));
    edit->setKeyboardTracking(true);
    return edit;
}

} // namespace

DateRangeEditor::DateRangeEditor(QWidget* parent)
    : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"rangePresetCombo"_s);
    m_preset->setToolTip(tr("Relative ranges stay relative in saved files: “Last 7 days” always means the last 7 days."));
    for (RangePreset preset : allRangePresets())
        m_preset->addItem(rangePresetLabel(preset), int(preset));
    m_preset->insertSeparator(m_preset->count());
    m_preset->addItem(tr("Custom dates…"), kCustomItem);

    m_customBox = new QWidget(this);
    m_start = makeBoundEdit(u"rangeStartEdit"_s, m_customBox);
    m_end = makeBoundEdit(u"rangeEndEdit"_s, m_customBox);
    auto* to = new QLabel(tr("to", "date range: start to end"), m_customBox);
    auto* customLayout = new QHBoxLayout(m_customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_start, 1);
    customLayout->addWidget(to);
    customLayout->addWidget(m_end, 1);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"rangeHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widening the editor: a long hint ("Zeiten in America/Argentina/…") made
    // the form, and with it the window, wider than the screen.
    m_hint->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preset);
    row->addWidget(m_customBox, 1);
    row->addWidget(m_hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    m_customBox->setVisible(false);

    connect(m_preset, &QComboBox::activated, this, &DateRangeEditor::presetActivated);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& v) { boundEdited(true, v); });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& v) { boundEdited(false, v); });
}

QString DateRangeEditor::lexemeFor(const QDateTime& wallTime, const QTimeZone& zone)
{
    return calendar::formatLocalIso(calendar::fromLocal(wallTime, zone), zone);
}

QDateTime DateRangeEditor::wallTimeOf(const QString& lexeme, const QTimeZone& zone)
{
    qint64 utcMs = 0;
    if (!calendar::parseIsoInstant(lexeme, &utcMs, zone))
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

DateRange DateRangeEditor::movedToZone(const DateRange& range, const QTimeZone& from, const QTimeZone& to)
{
    if (range.kind != DateRange::Kind::Absolute)
        return range;
    DateRange out = range;
    auto move = [&](const QString& text) {
        if (!calendar::isoHasOffset(text))
            return text;
        const QDateTime wall = wallTimeOf(text, from);
        return wall.isValid() ? lexemeFor(wall, to) : text;
    };
    out.startText = move(range.startText);
    out.endText = move(range.endText);
    return out;
}

QString DateRangeEditor::describe(const ResolvedRange& range, const QTimeZone& zone)
{
    if (range.endUtcMs <= range.startUtcMs)
        return {};
    const QDate first = QDateTime::fromMSecsSinceEpoch(range.startUtcMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(range.endUtcMs - 1, zone).date();
    const QLocale locale;
    const QString format = u"d MMM yyyy"_s;
    if (first == last)
        return locale.toString(first, format);
    return tr("%1 – %2", "first day – last day").arg(locale.toString(first, format), locale.toString(last, format));
}

void DateRangeEditor::setRange(const DateRange& range, const QString& timezone, qint64 nowUtcMs)
{
    m_range = range;
    m_zoneId = timezone;
    m_zone = zoneOf(timezone);
    m_nowUtcMs = nowUtcMs;
    const bool custom = range.kind == DateRange::Kind::Absolute;
    const int index = m_preset->findData(custom ? kCustomItem : int(range.preset));
    if (m_preset->currentIndex() != index) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    m_customBox->setVisible(custom);
    if (custom) {
        showBound(m_start, range.startText);
        showBound(m_end, range.endText);
        m_start->setToolTip(range.startOp == FilterOp::GreaterThan ? tr("The range starts just after this time.")
                                                                   : tr("The range starts at this time."));
        m_end->setToolTip(range.endOp == FilterOp::LessOrEqual ? tr("The range ends at this time, included.")
                                                               : tr("The range ends just before this time."));
    }
    updateHint();
}

void DateRangeEditor::showBound(QDateTimeEdit* edit, const QString& lexeme)
{
    const QDateTime wall = wallTimeOf(lexeme, m_zone);
    if (!wall.isValid())
        return; // the validator explains; the edit keeps what it showed
    // Compare at the edit's precision so typing a minute does not reset the cursor.
    const QDateTime shown = edit->dateTime();
    if (shown.date() == wall.date() && shown.time().hour() == wall.time().hour()
        && shown.time().minute() == wall.time().minute())
        return;
    const QSignalBlocker blocker(edit);
    edit->setDateTime(wall);
}

void DateRangeEditor::updateHint()
{
    if (m_range.kind == DateRange::Kind::Absolute) {
        m_hint->setText(tr("Times in %1").arg(m_zoneId));
        return;
    }
    const auto resolved = tryResolveRange(m_range, m_zone, m_nowUtcMs);
    m_hint->setText(resolved ? describe(*resolved, m_zone) : QString());
}

void DateRangeEditor::presetActivated(int index)
{
    const int data = m_preset->itemData(index).toInt();
    DateRange next = m_range;
    if (data == kCustomItem) {
        if (m_range.kind == DateRange::Kind::Absolute)
            return;
        // Start from the dates the preset covers today, so "custom" begins somewhere sensible.
        const ResolvedRange resolved = resolveRange(m_range, m_zone, m_nowUtcMs);
        next = DateRange {};
        next.kind = DateRange::Kind::Absolute;
        next.startText = calendar::formatLocalIso(resolved.startUtcMs, m_zone);
        next.endText = calendar::formatLocalIso(resolved.endUtcMs, m_zone);
    } else {
        if (m_range.kind == DateRange::Kind::Preset && int(m_range.preset) == data)
            return;
        next = DateRange {};
        next.kind = DateRange::Kind::Preset;
        next.preset = RangePreset(data);
    }
    Q_EMIT rangeEdited(next, QString());
}

void DateRangeEditor::boundEdited(bool start, const QDateTime& value)
{
    if (m_range.kind != DateRange::Kind::Absolute || !value.isValid())
        return;
    DateRange next = m_range;
    const QString lexeme = lexemeFor(value, m_zone);
    if (start)
        next.startText = lexeme;
    else
        next.endText = lexeme;
    if (next == m_range)
        return;
    Q_EMIT rangeEdited(next, start ? u"range.start"_s : u"range.end"_s);
}

} // namespace kx
