// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringBuilder>
#include <QStringView>

namespace kx {

/**
 * A minimal streaming JSON writer that appends UTF-8 to a QByteArray. The demo engine builds
 * large aggregate bodies with it (QJsonDocument would copy every value twice). Commas between
 * members and items are inserted automatically; the caller only opens and closes containers.
 * @note Not thread-safe; one writer per response.
 */
class DemoJsonWriter
{
public:
    explicit DemoJsonWriter(qsizetype reserve = 256);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Writes a member name inside an object; the value must follow.
    void key(QLatin1StringView name);
    void key(QStringView name);

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(const char* text) { value(QLatin1StringView(text)); }
    void value(const QString& text) { value(QStringView(text)); }
    template <typename A, typename B>
    void value(const QStringBuilder<A, B>& text)
    {
        value(QString(text));
    }
    void valueUtf8(QByteArrayView utf8);
    /// Numbers are written like Klaviyo does: integral values with a trailing `.0`.
    void value(double number);
    void valueInt(qint64 number);
    void value(bool flag);
    void null();
    /// Inserts already-encoded JSON (for a member value or an array item).
    void raw(QByteArrayView json);

    const QByteArray& data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    /// Appends @p number in Klaviyo's float style to @p out.
    static void appendNumber(QByteArray& out, double number);
    /// Appends @p text as a quoted, escaped JSON string.
    static void appendString(QByteArray& out, QStringView text);
    static void appendStringUtf8(QByteArray& out, QByteArrayView utf8);

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace kx
