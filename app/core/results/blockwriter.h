// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to app/core/results (the exporters): a byte buffer written to a QIODevice in large
// blocks, with the number and quoting rules the CSV and JSON exports share.

#include <cstring>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace kx::detail {

/// Room formatNumber may need.
inline constexpr int kNumberChars = 32;

/**
 * Writes @p v as text into @p out (at least kNumberChars bytes) and returns the length: `.` as
 * decimal point, no grouping; integral values below 1e15 in magnitude as plain integers (`120`,
 * `-3`, `0`), everything else in the shortest form that reads back to the same double
 * (`0.1`, `1e-07`, `2.5e+20`). Non-finite values give 0 bytes (an empty field / the caller's null).
 */
int formatNumber(double v, char* out);
/// formatNumber as a QByteArray.
QByteArray numberText(double v);
/// @p text as one RFC 4180 field in UTF-8: quoted (with doubled quotes) when it contains a comma,
/// a quote, CR or LF, or starts or ends with a space; as is otherwise.
QByteArray csvField(QStringView text);
/// @p text as a JSON string literal, quotes included (UTF-8; control characters escaped).
QByteArray jsonString(QStringView text);

class BlockWriter
{
public:
    explicit BlockWriter(QIODevice* device, qsizetype blockSize = qsizetype(1) << 20);
    ~BlockWriter();
    BlockWriter(const BlockWriter&) = delete;
    BlockWriter& operator=(const BlockWriter&) = delete;

    void append(const char* data, qsizetype size)
    {
        if (size <= m_capacity - m_used) [[likely]] {
            std::memcpy(m_data.get() + m_used, data, size_t(size));
            m_used += size;
            return;
        }
        appendSlow(data, size);
    }
    void append(QByteArrayView bytes)
    {
        append(bytes.data(), bytes.size());
    }
    void append(char c)
    {
        if (m_used == m_capacity) [[unlikely]]
            flush();
        m_data[size_t(m_used++)] = c;
    }
    void appendNumber(double v)
    {
        if (m_capacity - m_used < kNumberChars) [[unlikely]]
            flush();
        m_used += formatNumber(v, m_data.get() + m_used);
    }
    /// Writes what is buffered; false (and a translated @p error) when the device refused data.
    bool finish(QString* error);
    bool failed() const
    {
        return m_failed;
    }

private:
    void appendSlow(const char* data, qsizetype size);
    void flush();

    QIODevice* m_device;
    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity;
    qsizetype m_used = 0;
    bool m_failed = false;
    QString m_deviceError;
};

/// Each date as ISO 8601 wall time in @p timezone with its offset, UTF-8, formatted once per date.
/// False and a translated @p error when the zone is unknown.
bool localDateTexts(
    const std::vector<qint64>& dates, const QString& timezone, std::vector<QByteArray>* out, QString* error);

/// Translated "cannot write" error for @p device (context kx::Export); also for a closed device.
QString deviceNotWritable(QIODevice* device);

} // namespace kx::detail
