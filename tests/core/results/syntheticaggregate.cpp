// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticaggregate.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace kx::test {

namespace {

// xorshift32: tiny, and unlike <random> distributions identical on every platform.
struct Random
{
    quint32 state;
    quint32 next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
    double unit()
    {
        return (next() >> 8) * (1.0 / 16777216.0);
    } // [0, 1)
};

void appendFloatLiteral(QByteArray& out, double v)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, r.ptr - buffer);
    bool hasPoint = false;
    for (const char* p = buffer; p != r.ptr; ++p)
        hasPoint = hasPoint || *p == '.' || *p == 'e';
    if (!hasPoint)
        out.append(".0"); // the API writes floats: 12.0, not 12
}

void appendIso(QByteArray& out, qint64 secs)
{
    const qint64 days = secs / 86400;
    const int secOfDay = int(secs % 86400);
    // civil_from_days (H. Hinnant)
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    char text[40];
    const int n = std::snprintf(text, sizeof text, "\"%04lld-%02u-%02uT%02d:%02d:%02d+00:00\"",
        static_cast<long long>(y), m, d, secOfDay / 3600, (secOfDay / 60) % 60, secOfDay % 60);
    out.append(text, n);
}

} // namespace

QByteArray makeAggregateResponse(int groups, const QStringList& measurements, int hours, quint32 seed)
{
    Random random { seed ? seed : 0x9e3779b9u };
    QByteArray out;
    out.reserve(qsizetype(groups) * measurements.size() * hours * 7 + hours * 30 + 4096);
    out.append(R"({"data":{"type":"metric-aggregate","id":")");
    out.append(QByteArray::number(random.next()));
    out.append(R"(","attributes":{"dates":[)");
    const qint64 start = 1704067200; // 2024-01-01T00:00:00Z
    for (int h = 0; h < hours; ++h) {
        if (h)
            out.append(',');
        appendIso(out, start + qint64(h) * 3600);
    }
    out.append(R"(],"data":[)");
    static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (int g = 0; g < groups; ++g) {
        if (g)
            out.append(',');
        out.append(R"({"dimensions":[")");
        if (groups == 1 || g + 1 < groups) {
            out.append("01H"); // ULIDs of 2023-2024 start like this
            for (int i = 0; i < 23; ++i)
                out.append(kCrockford[random.next() % 32]);
        }
        out.append(R"("],"measurements":{)");
        // Each group has its own activity level; busy hours follow a daily rhythm.
        const double level = 40.0 + 260.0 * random.unit();
        std::vector<double> counts(static_cast<size_t>(hours));
        for (int h = 0; h < hours; ++h) {
            const double rhythm = 0.6 + 0.5 * std::sin((h % 24) * 0.2618);
            const double mean = level * rhythm;
            const double noisy = mean * (0.4 + 1.2 * random.unit());
            counts[size_t(h)] = random.unit() < 0.12 ? 0.0 : std::floor(noisy);
        }
        for (qsizetype m = 0; m < measurements.size(); ++m) {
            if (m)
                out.append(',');
            out.append('"').append(measurements[m].toUtf8()).append(R"(":[)");
            for (int h = 0; h < hours; ++h) {
                if (h)
                    out.append(',');
                const double count = counts[size_t(h)];
                double v = count;
                if (measurements[m] == QLatin1StringView("sum_value") && count > 0) {
                    // Revenue summed from cent amounts in binary floating point, as the API
                    // does: often 2986.45, sometimes 1021.0999999999999.
                    const double total = count * (5.0 + 80.0 * random.unit());
                    const double part = std::round(total * 0.6 * 100.0) / 100.0;
                    v = part + std::round((total - part) * 100.0) / 100.0;
                } else if (measurements[m] == QLatin1StringView("unique"))
                    v = std::floor(count * (0.6 + 0.4 * random.unit()));
                appendFloatLiteral(out, v);
            }
            out.append(']');
        }
        out.append("}}");
    }
    out.append(R"(]},"links":{"self":"https://a.klaviyo.com/api/metric-aggregates/"}},)"
               R"("links":{"self":"https://a.klaviyo.com/api/metric-aggregates/"}})");
    return out;
}

} // namespace kx::test
