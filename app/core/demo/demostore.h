// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <utility>
#include <vector>

namespace kx {

/// A property value of a demo event, interned by the store.
struct DemoValue {
    enum class Type : quint8 { String, Number, Boolean };
    Type type = Type::String;
    QString text;      ///< the spelling used as a dimension value: "true", "12.5", "gmail.com"
    double number = 0; ///< Number (and Boolean as 0/1)

    static DemoValue string(const QString& s) { return { Type::String, s, 0 }; }
    static DemoValue numberValue(double v);
    static DemoValue boolean(bool v) { return { Type::Boolean, v ? QStringLiteral("true") : QStringLiteral("false"), v ? 1.0 : 0.0 }; }
};

/**
 * The whole data of one demo account: catalogue objects (metrics, flows, campaigns, lists,
 * segments, forms) and every event, per metric, sorted by time in a compact array. Event
 * properties are interned: each event points at a tuple of (key id, value id) pairs, so that
 * grouping and filtering work on small integers.
 * Built once (generator or fixture), then immutable and shared between threads through
 * `std::shared_ptr<const DemoStore>`.
 */
class DemoStore
{
public:
    struct Integration {
        QString id;
        QString name;
        QString category;
    };
    struct Metric {
        QString id;
        QString name;
        QString created;
        QString updated;
        Integration integration;
        bool hidden = false; ///< internal stream (form steps…): not listed, not queryable
    };
    struct Tag {
        QString id;
        QString name;
    };
    struct FlowMessage {
        QString id;
        QString name;
        QString channel; ///< "email", "sms"
        QString created;
        QString updated;
    };
    struct Flow {
        QString id;
        QString name;
        QString status; ///< "live", "manual", "draft"
        bool archived = false;
        QString created;
        QString updated;
        QString triggerType;
        QString triggerMetricId; ///< for trigger_type "Metric"
        QList<FlowMessage> messages;
        QList<Tag> tags;
    };
    struct CampaignMessage {
        QString id;
        QString label;
        QString channel;
    };
    struct Campaign {
        QString id;
        QString name;
        QString channel; ///< "email", "sms"
        QString status;  ///< "Sent", "Draft", "Scheduled", …
        bool archived = false;
        QString sendTime; ///< ISO, empty for drafts
        qint64 sendTimeMs = 0;
        QString createdAt;
        QString updatedAt;
        QString scheduledAt;
        QList<CampaignMessage> messages;
        QList<Tag> tags;
    };
    struct List {
        QString id;
        QString name;
        QString created;
        QString updated;
        QString optInProcess = QStringLiteral("single_opt_in");
    };
    struct SegmentChange {
        qint64 timeMs = 0;
        int added = 0;
        int removed = 0;
    };
    struct Segment {
        QString id;
        QString name;
        QString created;
        QString updated;
        bool isActive = true;
        bool isStarred = false;
        qint64 baseMembers = 0;              ///< members before the first change
        std::vector<SegmentChange> changes;  ///< sorted by time
    };
    struct Form {
        QString id;
        QString name;
        QString status = QStringLiteral("live");
        bool abTest = false;
        QString createdAt;
        QString updatedAt;
        QStringList versionIds;
    };
    /// One event. 24 bytes; the hot loops scan arrays of these.
    struct Event {
        qint64 timeMs;
        qint32 profile;
        qint32 tuple;
        double value;
    };
    using Tuple = std::vector<std::pair<qint32, qint32>>; ///< (key id, value id), sorted by key

    DemoStore();

    // --- account -------------------------------------------------------------------------
    QString accountName;
    QString timezone = QStringLiteral("America/New_York");
    QString currency = QStringLiteral("USD");
    QTimeZone zone;
    QDate anchorDate; ///< "today" of the account (generated data ends that day)

    // --- catalogue -----------------------------------------------------------------------
    QList<Metric> metrics;
    QList<Flow> flows;
    QList<Campaign> campaigns;
    QList<List> lists;
    QList<Segment> segments;
    QList<Form> forms;

    int metricIndex(QStringView id) const;
    int metricIndexByName(QStringView name) const; ///< first visible or hidden metric so named
    int flowIndex(QStringView id) const;
    int campaignIndex(QStringView id) const;
    int listIndex(QStringView id) const;
    int segmentIndex(QStringView id) const;
    int formIndex(QStringView id) const;
    /// (flow index, message index) of a flow message id, or (-1, -1).
    std::pair<int, int> flowMessage(QStringView id) const;
    /// (campaign index, message index) of a campaign message id, or (-1, -1).
    std::pair<int, int> campaignMessage(QStringView id) const;

    // --- events --------------------------------------------------------------------------
    const std::vector<Event>& events(int metricIndex) const { return m_events[size_t(metricIndex)]; }
    /// The distinct tuple ids used by a metric's events, ascending.
    const std::vector<qint32>& distinctTuples(int metricIndex) const { return m_distinctTuples[size_t(metricIndex)]; }
    qsizetype eventCount() const;
    int profileCount() const { return m_profileCount; }

    int keyId(QStringView key) const;            ///< -1 when no event has that property
    const QString& keyName(int id) const { return m_keys[id]; }
    const DemoValue& value(int id) const { return m_values[size_t(id)]; }
    const Tuple& tuple(int id) const { return m_tuples[size_t(id)]; }
    int tupleCount() const { return int(m_tuples.size()); }
    /// The value id of @p keyId in tuple @p tupleId, or -1 when the event lacks that property.
    int tupleValue(int tupleId, int keyId) const;

    // --- building (generator and fixture loader only) ------------------------------------
    int internKey(const QString& key);
    int internValue(const DemoValue& value);
    int internString(const QString& text) { return internValue(DemoValue::string(text)); }
    /// @p pairs need not be sorted; duplicates of a key keep the last value.
    int internTuple(Tuple pairs);
    int internProfile(const QString& profileId);
    void setProfileCount(int count) { m_profileCount = count; }
    void addEvent(int metricIndex, qint64 timeMs, qint32 profile, double value, qint32 tuple);
    void reserveEvents(int metricIndex, qsizetype count);
    /// Sorts events, computes the per-metric tuple sets and the id indexes. Call once, last.
    void finalize();

private:
    QStringList m_keys;
    QHash<QString, int> m_keyIndex;
    std::vector<DemoValue> m_values;
    QHash<QString, int> m_valueIndex; ///< type char + text
    std::vector<Tuple> m_tuples;
    QHash<QByteArray, int> m_tupleIndex;
    QHash<QString, int> m_profileIndex;
    int m_profileCount = 0;
    std::vector<std::vector<Event>> m_events;
    std::vector<std::vector<qint32>> m_distinctTuples;

    QHash<QString, int> m_metricById;
    QHash<QString, int> m_flowById;
    QHash<QString, int> m_campaignById;
    QHash<QString, int> m_listById;
    QHash<QString, int> m_segmentById;
    QHash<QString, int> m_formById;
    QHash<QString, std::pair<int, int>> m_flowMessageById;
    QHash<QString, std::pair<int, int>> m_campaignMessageById;
};

/// Profiles of the generated demo account.
constexpr int kDefaultDemoProfiles = 32'000;

/// Generates the synthetic "Northwind Outfitters (demo)" account: deterministic for a seed and
/// anchor date (the last day of data, the account's "today"). Takes well under a second.
/// @p profiles scales the account (site traffic and audiences follow); tests use fewer.
std::shared_ptr<const DemoStore> generateDemoStore(quint32 seed, QDate anchorDate, int profiles = kDefaultDemoProfiles);

/**
 * Loads a fixture (the JSON format of FIXTURE-FORMAT.md). On error returns null and sets
 * @p error to a one-line explanation naming the offending entry.
 * @p anchorDate overrides the fixture's "today" when valid.
 */
std::shared_ptr<const DemoStore> loadFixture(const QByteArray& json, QString* error, QDate anchorDate = {});

} // namespace kx
