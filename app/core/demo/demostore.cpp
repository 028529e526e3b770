// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostore.h"

#include <algorithm>
#include <charconv>

namespace kx {

DemoValue DemoValue::numberValue(double v)
{
    char buffer[40];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    return { Type::Number, QString::fromLatin1(buffer, r.ptr - buffer), v };
}

DemoStore::DemoStore()
    : zone(QTimeZone::utc())
{
}

namespace {

template <typename T>
int lookup(const QHash<QString, T>& hash, QStringView id, T fallback)
{
    const auto it = hash.constFind(id.toString());
    return it == hash.cend() ? fallback : *it;
}

} // namespace

int DemoStore::metricIndex(QStringView id) const
{
    return lookup(m_metricById, id, -1);
}

int DemoStore::metricIndexByName(QStringView name) const
{
    for (int i = 0; i < metrics.size(); ++i) {
        if (metrics[i].name == name)
            return i;
    }
    return -1;
}

int DemoStore::flowIndex(QStringView id) const
{
    return lookup(m_flowById, id, -1);
}

int DemoStore::campaignIndex(QStringView id) const
{
    return lookup(m_campaignById, id, -1);
}

int DemoStore::listIndex(QStringView id) const
{
    return lookup(m_listById, id, -1);
}

int DemoStore::segmentIndex(QStringView id) const
{
    return lookup(m_segmentById, id, -1);
}

int DemoStore::formIndex(QStringView id) const
{
    return lookup(m_formById, id, -1);
}

std::pair<int, int> DemoStore::flowMessage(QStringView id) const
{
    return m_flowMessageById.value(id.toString(), { -1, -1 });
}

std::pair<int, int> DemoStore::campaignMessage(QStringView id) const
{
    return m_campaignMessageById.value(id.toString(), { -1, -1 });
}

qsizetype DemoStore::eventCount() const
{
    qsizetype n = 0;
    for (const auto& e : m_events)
        n += qsizetype(e.size());
    return n;
}

int DemoStore::keyId(QStringView key) const
{
    return lookup(m_keyIndex, key, -1);
}

int DemoStore::tupleValue(int tupleId, int keyId) const
{
    if (tupleId < 0 || keyId < 0)
        return -1;
    for (const auto& [k, v] : m_tuples[size_t(tupleId)]) {
        if (k == keyId)
            return v;
        if (k > keyId)
            break;
    }
    return -1;
}

int DemoStore::internKey(const QString& key)
{
    const auto it = m_keyIndex.constFind(key);
    if (it != m_keyIndex.cend())
        return *it;
    const int id = int(m_keys.size());
    m_keys.append(key);
    m_keyIndex.insert(key, id);
    return id;
}

int DemoStore::internValue(const DemoValue& value)
{
    QString key;
    key.reserve(value.text.size() + 1);
    key += QChar(u'0' + int(value.type));
    key += value.text;
    const auto it = m_valueIndex.constFind(key);
    if (it != m_valueIndex.cend())
        return *it;
    const int id = int(m_values.size());
    m_values.push_back(value);
    m_valueIndex.insert(key, id);
    return id;
}

int DemoStore::internTuple(Tuple pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Keep the last value of a repeated key.
    Tuple unique;
    unique.reserve(pairs.size());
    for (const auto& p : pairs) {
        if (!unique.empty() && unique.back().first == p.first)
            unique.back() = p;
        else
            unique.push_back(p);
    }
    QByteArray key(reinterpret_cast<const char*>(unique.data()), qsizetype(unique.size() * sizeof(unique[0])));
    const auto it = m_tupleIndex.constFind(key);
    if (it != m_tupleIndex.cend())
        return *it;
    const int id = int(m_tuples.size());
    m_tuples.push_back(std::move(unique));
    m_tupleIndex.insert(key, id);
    return id;
}

int DemoStore::internProfile(const QString& profileId)
{
    const auto it = m_profileIndex.constFind(profileId);
    if (it != m_profileIndex.cend())
        return *it;
    const int id = m_profileCount++;
    m_profileIndex.insert(profileId, id);
    return id;
}

void DemoStore::addEvent(int metricIndex, qint64 timeMs, qint32 profile, double value, qint32 tuple)
{
    if (m_events.size() <= size_t(metricIndex))
        m_events.resize(size_t(metricIndex) + 1);
    m_events[size_t(metricIndex)].push_back({ timeMs, profile, tuple, value });
}

void DemoStore::reserveEvents(int metricIndex, qsizetype count)
{
    if (m_events.size() <= size_t(metricIndex))
        m_events.resize(size_t(metricIndex) + 1);
    m_events[size_t(metricIndex)].reserve(size_t(count));
}

void DemoStore::finalize()
{
    m_events.resize(size_t(metrics.size()));
    m_distinctTuples.assign(size_t(metrics.size()), {});
    std::vector<char> seen;
    for (size_t m = 0; m < m_events.size(); ++m) {
        auto& events = m_events[m];
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            if (a.timeMs != b.timeMs)
                return a.timeMs < b.timeMs;
            if (a.profile != b.profile)
                return a.profile < b.profile;
            if (a.tuple != b.tuple)
                return a.tuple < b.tuple;
            return a.value < b.value;
        });
        if (events.capacity() > events.size() + events.size() / 8)
            events.shrink_to_fit();
        seen.assign(m_tuples.size(), 0);
        for (const Event& e : events)
            seen[size_t(e.tuple)] = 1;
        auto& distinct = m_distinctTuples[m];
        for (size_t t = 0; t < seen.size(); ++t) {
            if (seen[t])
                distinct.push_back(qint32(t));
        }
    }
    m_tupleIndex.clear();
    m_tupleIndex.squeeze();
    m_valueIndex.clear();
    m_valueIndex.squeeze();
    m_profileIndex.clear();
    m_profileIndex.squeeze();

    m_metricById.clear();
    for (int i = 0; i < metrics.size(); ++i)
        m_metricById.insert(metrics[i].id, i);
    m_flowById.clear();
    m_flowMessageById.clear();
    for (int i = 0; i < flows.size(); ++i) {
        m_flowById.insert(flows[i].id, i);
        for (int j = 0; j < flows[i].messages.size(); ++j)
            m_flowMessageById.insert(flows[i].messages[j].id, { i, j });
    }
    m_campaignById.clear();
    m_campaignMessageById.clear();
    for (int i = 0; i < campaigns.size(); ++i) {
        m_campaignById.insert(campaigns[i].id, i);
        for (int j = 0; j < campaigns[i].messages.size(); ++j)
            m_campaignMessageById.insert(campaigns[i].messages[j].id, { i, j });
    }
    m_listById.clear();
    for (int i = 0; i < lists.size(); ++i)
        m_listById.insert(lists[i].id, i);
    m_segmentById.clear();
    for (int i = 0; i < segments.size(); ++i) {
        m_segmentById.insert(segments[i].id, i);
        std::sort(segments[i].changes.begin(), segments[i].changes.end(),
            [](const SegmentChange& a, const SegmentChange& b) { return a.timeMs < b.timeMs; });
    }
    m_formById.clear();
    for (int i = 0; i < forms.size(); ++i)
        m_formById.insert(forms[i].id, i);
}

} // namespace kx
