// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

namespace kx {

/**
 * Faults on demand, from a small SPEC: comma-separated items, each one of
 *  - `latency=200ms` (also `2s`, or a range `100ms..400ms`): delay every answer;
 *  - `FAULT@P`: inject FAULT with probability P (0..1) on each request;
 *  - `seq=A;B;…`: the first requests get A, B, … in order (`ok` or `200` = no fault), then the
 *    probabilistic items apply;
 *  - `seed=N`: seed of the probabilities.
 * FAULT is an HTTP status (500, 502, 503, 504, 524, 429), `html403` (Cloudflare challenge page),
 * `truncate` (half the body), `malformed` (broken JSON), `drop` (connection closed without an
 * answer) or `trickle` (the answer a few bytes at a time). Example:
 * `503@0.1,latency=200ms,seq=200;503;truncate;200`.
 * @note next() is thread-safe.
 */
class DemoFaultPlan
{
public:
    enum class Kind { None, Status, Html403, Truncate, Malformed, Drop, Trickle };
    struct Fault {
        Kind kind = Kind::None;
        int status = 0;    ///< Kind::Status
        int latencyMs = 0; ///< applies whatever the kind
    };

    /// Parses @p spec; on error returns false and sets @p error (the plan then injects nothing).
    bool parse(const QString& spec, quint64 seed, QString* error);
    bool isEmpty() const { return m_items.isEmpty() && m_sequence.isEmpty() && m_latencyMaxMs == 0; }
    /// The fault for the next request.
    Fault next();

private:
    struct Item {
        Fault fault;
        double probability = 0;
    };
    static bool parseFault(QStringView text, Fault* out);
    static bool parseDuration(QStringView text, int* ms);
    double uniform();

    QMutex m_mutex;
    QList<Item> m_items;
    QList<Fault> m_sequence;
    qsizetype m_position = 0;
    int m_latencyMinMs = 0;
    int m_latencyMaxMs = 0;
    quint64 m_state = 1;
};

} // namespace kx
