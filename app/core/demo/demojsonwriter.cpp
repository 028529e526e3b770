// SPDX-License-Identifier: GPL-3.0-or-later
#include "demojsonwriter.h"

#include <charconv>
#include <cmath>

namespace kx {

DemoJsonWriter::DemoJsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void DemoJsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        m_out += ',';
}

void DemoJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
}

void DemoJsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void DemoJsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
}

void DemoJsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void DemoJsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void DemoJsonWriter::key(QStringView name)
{
    separate();
    appendString(m_out, name);
    m_out += ':';
    m_afterKey = true;
}

void DemoJsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
    m_needComma = true;
}

void DemoJsonWriter::value(QLatin1StringView text)
{
    separate();
    appendStringUtf8(m_out, QByteArrayView(text.data(), text.size()));
    m_needComma = true;
}

void DemoJsonWriter::valueUtf8(QByteArrayView utf8)
{
    separate();
    appendStringUtf8(m_out, utf8);
    m_needComma = true;
}

void DemoJsonWriter::value(double number)
{
    separate();
    appendNumber(m_out, number);
    m_needComma = true;
}

void DemoJsonWriter::valueInt(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    m_needComma = true;
}

void DemoJsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    m_needComma = true;
}

void DemoJsonWriter::null()
{
    separate();
    m_out += "null";
    m_needComma = true;
}

void DemoJsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    m_needComma = true;
}

void DemoJsonWriter::appendNumber(QByteArray& out, double number)
{
    if (!std::isfinite(number)) {
        out += "0.0"; // JSON has no NaN/inf; rates of 0/0 are reported as 0.0 like the API does
        return;
    }
    char buffer[40];
    if (number == std::floor(number) && std::fabs(number) < 1e15) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(number));
        out.append(buffer, r.ptr - buffer);
        out += ".0";
        return;
    }
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, number);
    out.append(buffer, r.ptr - buffer);
}

namespace {

void appendEscaped(QByteArray& out, char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    default:
        out += "\\u00";
        out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
        out += hex[static_cast<unsigned char>(c) & 0xf];
    }
}

} // namespace

void DemoJsonWriter::appendStringUtf8(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x20 || c == '"' || c == '\\') {
            out.append(utf8.data() + plainStart, i - plainStart);
            appendEscaped(out, static_cast<char>(c));
            plainStart = i + 1;
        }
    }
    out.append(utf8.data() + plainStart, utf8.size() - plainStart);
    out += '"';
}

void DemoJsonWriter::appendString(QByteArray& out, QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out += '"';
        for (const QChar c : text) {
            const char ch = static_cast<char>(c.unicode());
            if (static_cast<unsigned char>(ch) < 0x20 || ch == '"' || ch == '\\')
                appendEscaped(out, ch);
            else
                out += ch;
        }
        out += '"';
        return;
    }
    appendStringUtf8(out, text.toUtf8());
}

} // namespace kx
