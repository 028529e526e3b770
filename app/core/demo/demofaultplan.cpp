// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofaultplan.h"

#include <QCoreApplication>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::DemoFaultPlan)
};

} // namespace

bool DemoFaultPlan::parseDuration(QStringView text, int* ms)
{
    bool ok = false;
    double factor = 1;
    QStringView number = text;
    if (text.endsWith(u"ms")) {
        number = text.chopped(2);
    } else if (text.endsWith(u's')) {
        number = text.chopped(1);
        factor = 1000;
    }
    const double value = number.toDouble(&ok);
    if (!ok || value < 0 || value * factor > 600'000)
        return false;
    *ms = int(value * factor);
    return true;
}

bool DemoFaultPlan::parseFault(QStringView text, Fault* out)
{
    Fault f;
    if (text == u"ok" || text == u"200" || text == u"pass") {
        f.kind = Kind::None;
    } else if (text == u"html403") {
        f.kind = Kind::Html403;
    } else if (text == u"truncate") {
        f.kind = Kind::Truncate;
    } else if (text == u"malformed") {
        f.kind = Kind::Malformed;
    } else if (text == u"drop") {
        f.kind = Kind::Drop;
    } else if (text == u"trickle") {
        f.kind = Kind::Trickle;
    } else {
        bool ok = false;
        const int status = text.toInt(&ok);
        if (!ok || !(status == 429 || status == 500 || status == 502 || status == 503 || status == 504 || status == 524))
            return false;
        f.kind = Kind::Status;
        f.status = status;
    }
    *out = f;
    return true;
}

bool DemoFaultPlan::parse(const QString& spec, quint64 seed, QString* error)
{
    QMutexLocker locker(&m_mutex);
    m_items.clear();
    m_sequence.clear();
    m_position = 0;
    m_latencyMinMs = m_latencyMaxMs = 0;
    m_state = seed * 0x9e3779b97f4a7c15ULL + 1;
    auto fail = [&](const QString& message) {
        m_items.clear();
        m_sequence.clear();
        m_latencyMinMs = m_latencyMaxMs = 0;
        if (error)
            *error = message;
        return false;
    };
    for (QStringView item : QStringView(spec).split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.startsWith(u"latency=")) {
            const QStringView value = item.mid(8);
            const qsizetype dots = value.indexOf(u"..");
            int lo = 0;
            int hi = 0;
            if (dots >= 0 ? !(parseDuration(value.left(dots), &lo) && parseDuration(value.mid(dots + 2), &hi) && lo <= hi)
                          : !parseDuration(value, &lo))
                return fail(Text::tr("invalid latency \"%1\" (use e.g. 200ms, 2s or 100ms..400ms)").arg(value.toString()));
            m_latencyMinMs = lo;
            m_latencyMaxMs = dots >= 0 ? hi : lo;
        } else if (item.startsWith(u"seq=")) {
            for (QStringView step : item.mid(4).split(u';', Qt::SkipEmptyParts)) {
                Fault f;
                if (!parseFault(step.trimmed(), &f))
                    return fail(Text::tr("unknown fault \"%1\" in seq").arg(step.toString()));
                m_sequence.append(f);
            }
        } else if (item.startsWith(u"seed=")) {
            bool ok = false;
            const quint64 s = item.mid(5).toULongLong(&ok);
            if (!ok)
                return fail(Text::tr("invalid seed \"%1\"").arg(item.mid(5).toString()));
            m_state = s * 0x9e3779b97f4a7c15ULL + 1;
        } else {
            const qsizetype at = item.indexOf(u'@');
            Item entry;
            bool ok = at > 0;
            if (ok)
                entry.probability = item.mid(at + 1).toDouble(&ok);
            if (!ok || entry.probability < 0 || entry.probability > 1 || !parseFault(item.left(at), &entry.fault)
                || entry.fault.kind == Kind::None)
                return fail(Text::tr("invalid fault item \"%1\" (use FAULT@PROBABILITY, latency=…, seq=…)").arg(item.toString()));
            m_items.append(entry);
        }
    }
    return true;
}

double DemoFaultPlan::uniform()
{
    // splitmix64
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

DemoFaultPlan::Fault DemoFaultPlan::next()
{
    QMutexLocker locker(&m_mutex);
    Fault fault;
    if (m_position < m_sequence.size()) {
        fault = m_sequence[m_position++];
    } else {
        for (const Item& item : std::as_const(m_items)) {
            if (uniform() < item.probability) {
                fault = item.fault;
                break;
            }
        }
    }
    fault.latencyMs = m_latencyMinMs == m_latencyMaxMs
        ? m_latencyMinMs
        : m_latencyMinMs + int(uniform() * (m_latencyMaxMs - m_latencyMinMs));
    return fault;
}

} // namespace kx
