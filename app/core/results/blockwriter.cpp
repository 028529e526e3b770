// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockwriter.h"

#include <charconv>
#include <cmath>

#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>

#include "util/calendar.h"

namespace kx::detail {

int formatNumber(double v, char* out)
{
    if (!std::isfinite(v))
        return 0;
    char* const end = out + kNumberChars;
    // Integral values print without a fraction; below 1e15 every integral double is exact and
    // the integer path is also the fast one (counts are the bulk of any result).
    if (v == std::trunc(v) && std::fabs(v) < 1e15)
        return int(std::to_chars(out, end, static_cast<long long>(v)).ptr - out);
    return int(std::to_chars(out, end, v).ptr - out);
}

QByteArray numberText(double v)
{
    char buffer[kNumberChars];
    return QByteArray(buffer, formatNumber(v, buffer));
}

QByteArray csvField(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quote = !utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ');
    for (const char c : utf8)
        quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray jsonString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                const char escape[] = { '\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 15] };
                out.append(escape, sizeof escape);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

BlockWriter::BlockWriter(QIODevice* device, qsizetype blockSize)
    : m_device(device)
    , m_data(new char[size_t(blockSize)])
    , m_capacity(blockSize)
{
}

BlockWriter::~BlockWriter() = default;

void BlockWriter::appendSlow(const char* data, qsizetype size)
{
    flush();
    if (size > m_capacity) {
        // Larger than a block: write it straight through.
        if (!m_failed && m_device->write(data, size) != size) {
            m_failed = true;
            m_deviceError = m_device->errorString();
        }
        return;
    }
    std::memcpy(m_data.get(), data, size_t(size));
    m_used = size;
}

void BlockWriter::flush()
{
    if (m_used > 0 && !m_failed && m_device->write(m_data.get(), m_used) != m_used) {
        m_failed = true;
        m_deviceError = m_device->errorString();
    }
    m_used = 0; // after a failure the rest is dropped; finish() reports it
}

bool BlockWriter::finish(QString* error)
{
    flush();
    if (m_failed && error) {
        *error = QCoreApplication::translate("kx::Export", "Could not write the export: %1").arg(m_deviceError);
    }
    return !m_failed;
}

bool localDateTexts(
    const std::vector<qint64>& dates, const QString& timezone, std::vector<QByteArray>* out, QString* error)
{
    const QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid()) {
        if (error)
            *error = QCoreApplication::translate("kx::Export", "Unknown time zone “%1”.").arg(timezone);
        return false;
    }
    out->clear();
    out->reserve(dates.size());
    for (const qint64 d : dates)
        out->push_back(calendar::formatLocalIso(d, zone).toUtf8());
    return true;
}

QString deviceNotWritable(QIODevice* device)
{
    if (!device)
        return QCoreApplication::translate("kx::Export", "Could not write the export: no output.");
    return QCoreApplication::translate("kx::Export", "Could not write the export: %1")
        .arg(device->isWritable() ? device->errorString()
                                  : QCoreApplication::translate("kx::Export", "the output is not open for writing."));
}

} // namespace kx::detail
