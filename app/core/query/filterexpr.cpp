// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterexpr.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

#include "util/calendar.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

struct OpName
{
    FilterOp op;
    QLatin1StringView name;
};

constexpr OpName kOpNames[] = {
    { FilterOp::Equals, "equals"_L1 },
    { FilterOp::LessThan, "less-than"_L1 },
    { FilterOp::LessOrEqual, "less-or-equal"_L1 },
    { FilterOp::GreaterThan, "greater-than"_L1 },
    { FilterOp::GreaterOrEqual, "greater-or-equal"_L1 },
    { FilterOp::Contains, "contains"_L1 },
    { FilterOp::ContainsAny, "contains-any"_L1 },
    { FilterOp::ContainsAll, "contains-all"_L1 },
    { FilterOp::EndsWith, "ends-with"_L1 },
    { FilterOp::StartsWith, "starts-with"_L1 },
    { FilterOp::Any, "any"_L1 },
    { FilterOp::Has, "has"_L1 },
};

// Deep nesting is never meaningful in a Klaviyo filter; the cap keeps hostile input from
// exhausting the stack of the recursive-descent parser.
constexpr int kMaxDepth = 64;

bool isFieldChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'$'
        || u == u'.' || u == u'-';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isOpNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
}

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::FilterParser)
};

QString opList()
{
    QStringList names;
    for (const auto& entry : kOpNames)
        names << QString(entry.name);
    return names.join(u", "_s);
}

/// Recursive-descent parser over the EBNF of digest §2.4; positions are offsets into m_text.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    std::optional<FilterExpr> parseTopLevel()
    {
        skipSpace();
        if (atEnd()) {
            fail(m_pos, Text::tr("The filter is empty. Write a condition such as equals(field,\"value\")."));
            return std::nullopt;
        }
        QList<FilterExpr> items;
        for (;;) {
            auto expr = parseExpr(0);
            if (!expr)
                return std::nullopt;
            items.append(std::move(*expr));
            skipSpace();
            if (atEnd())
                break;
            if (peek() == u',') {
                ++m_pos;
                skipSpace();
                if (atEnd()) {
                    fail(m_pos,
                        Text::tr("The filter ends with a comma. Add another condition after it or remove the comma."));
                    return std::nullopt;
                }
                continue;
            }
            if (peek() == u')') {
                fail(m_pos, Text::tr("This closing parenthesis has no matching opening one. Remove it."));
                return std::nullopt;
            }
            fail(m_pos, Text::tr("Unexpected text after a complete condition. Separate conditions with a comma."));
            return std::nullopt;
        }
        if (items.size() == 1)
            return items.constFirst();
        return FilterExpr::conjunction(items, true);
    }

    FilterParseError error() const
    {
        return m_error;
    }

private:
    bool atEnd() const
    {
        return m_pos >= m_text.size();
    }
    QChar peek() const
    {
        return atEnd() ? QChar() : m_text[m_pos];
    }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    void fail(qsizetype pos, const QString& message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.position = pos;
            m_error.message = message;
        }
    }

    bool expect(QChar c, const QString& message)
    {
        skipSpace();
        if (peek() != c) {
            fail(m_pos, message);
            return false;
        }
        ++m_pos;
        return true;
    }

    std::optional<FilterExpr> parseExpr(int depth)
    {
        if (depth > kMaxDepth) {
            fail(m_pos, Text::tr("The filter is nested too deeply. Flatten the and(...) groups."));
            return std::nullopt;
        }
        skipSpace();
        const qsizetype nameStart = m_pos;
        while (!atEnd() && isOpNameChar(peek()))
            ++m_pos;
        const QStringView name = m_text.sliced(nameStart, m_pos - nameStart);
        if (name.isEmpty()) {
            if (atEnd())
                fail(m_pos, Text::tr("A condition is missing here. Write one such as equals(field,\"value\")."));
            else
                fail(m_pos, Text::tr("A condition must start with an operator name such as equals or and."));
            return std::nullopt;
        }
        skipSpace();
        if (peek() != u'(') {
            fail(m_pos, Text::tr("An opening parenthesis must follow \"%1\".").arg(name));
            return std::nullopt;
        }
        if (name == u"or") {
            m_error.unsupportedCombinator = !m_failed;
            fail(nameStart,
                Text::tr("or(...) is not supported: Klaviyo filters can only combine conditions with and(...). "
                         "Run one query per alternative or use any(field,[...]) for a list of values."));
            return std::nullopt;
        }
        if (name == u"not") {
            m_error.unsupportedCombinator = !m_failed;
            fail(nameStart,
                Text::tr("not(...) is not supported: Klaviyo does not document negation in filters. "
                         "Remove it and express the condition positively."));
            return std::nullopt;
        }
        ++m_pos; // '('
        if (name == u"and")
            return parseAnd(nameStart, depth);

        const auto op = filterOpFromName(name);
        if (!op) {
            fail(nameStart, Text::tr("Unknown operator \"%1\". Use one of: %2.").arg(name, opList()));
            return std::nullopt;
        }
        return parseCondition(*op, name, depth);
    }

    std::optional<FilterExpr> parseAnd(qsizetype start, int depth)
    {
        QList<FilterExpr> children;
        for (;;) {
            auto child = parseExpr(depth + 1);
            if (!child)
                return std::nullopt;
            children.append(std::move(*child));
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u')') {
                ++m_pos;
                break;
            }
            if (atEnd())
                fail(start, Text::tr("This and( is never closed. Add a closing parenthesis."));
            else
                fail(m_pos, Text::tr("Expected a comma or a closing parenthesis in and(...)."));
            return std::nullopt;
        }
        if (children.size() < 2) {
            fail(start, Text::tr("and(...) needs at least two conditions. Remove and( ) around a single condition."));
            return std::nullopt;
        }
        return FilterExpr::conjunction(children, false);
    }

    std::optional<FilterExpr> parseCondition(FilterOp op, QStringView opName, int depth)
    {
        skipSpace();
        const qsizetype fieldStart = m_pos;
        qsizetype fieldEnd = m_pos;
        while (!atEnd()) {
            if (isFieldChar(peek())) {
                ++m_pos;
                fieldEnd = m_pos;
                continue;
            }
            // Inner spaces belong to the field ("Campaign Name") only when more field text follows.
            if (peek() == u' ' && fieldEnd > fieldStart) {
                qsizetype look = m_pos;
                while (look < m_text.size() && m_text[look] == u' ')
                    ++look;
                if (look < m_text.size() && isFieldChar(m_text[look])) {
                    m_pos = look;
                    continue;
                }
            }
            break;
        }
        if (fieldEnd == fieldStart) {
            if (peek() == u'"' || peek() == u'\'')
                fail(m_pos, Text::tr("Field names are written without quotes. Remove the quotes around the field."));
            else
                fail(m_pos, Text::tr("A field name is missing after \"%1(\".").arg(opName));
            return std::nullopt;
        }
        m_pos = fieldEnd;
        const QString field = m_text.sliced(fieldStart, fieldEnd - fieldStart).toString();
        skipSpace();
        std::optional<FilterValue> value;
        if (peek() == u',') {
            ++m_pos;
            if (op == FilterOp::Has) {
                fail(m_pos - 1, Text::tr("has(...) takes only a field name. Remove the value."));
                return std::nullopt;
            }
            value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            skipSpace();
        } else if (op != FilterOp::Has && peek() == u')') {
            fail(m_pos,
                Text::tr("\"%1\" needs a value after the field, for example %1(%2,\"value\").").arg(opName, field));
            return std::nullopt;
        }
        if (peek() != u')') {
            if (atEnd())
                fail(m_pos, Text::tr("The condition is never closed. Add a closing parenthesis."));
            else if (value)
                fail(m_pos, Text::tr("Expected a closing parenthesis after the value."));
            else
                fail(m_pos, Text::tr("Expected a comma or a closing parenthesis after the field name."));
            return std::nullopt;
        }
        ++m_pos;
        return FilterExpr::condition(op, field, value);
    }

    std::optional<FilterValue> parseValue(int depth)
    {
        if (depth > kMaxDepth) {
            fail(m_pos, Text::tr("The filter is nested too deeply. Flatten the arrays."));
            return std::nullopt;
        }
        skipSpace();
        if (atEnd()) {
            fail(m_pos, Text::tr("A value is missing at the end of the filter."));
            return std::nullopt;
        }
        const QChar c = peek();
        if (c == u'"' || c == u'\'')
            return parseString(c);
        if (c == u'[')
            return parseArray(depth);
        if (isDigit(c) || c == u'-' || c == u'+') {
            if (auto dt = scanDateTime())
                return dt;
            if (m_failed)
                return std::nullopt;
            return parseNumber();
        }
        const qsizetype start = m_pos;
        qsizetype end = m_pos;
        while (end < m_text.size() && !isDelimiter(m_text[end]))
            ++end;
        const QStringView word = m_text.sliced(start, end - start);
        if (word.isEmpty()) {
            fail(start, Text::tr("A value is missing here."));
            return std::nullopt;
        }
        m_pos = end;
        if (word == u"true")
            return FilterValue::booleanValue(true);
        if (word == u"false")
            return FilterValue::booleanValue(false);
        if (word == u"null")
            return FilterValue::null();
        fail(start, Text::tr("Text values must be quoted: write \"%1\" instead of %1.").arg(word));
        return std::nullopt;
    }

    static bool isDelimiter(QChar c)
    {
        return c == u',' || c == u')' || c == u']' || c == u'(' || c == u'[' || c.isSpace();
    }

    bool checkDelimited(qsizetype tokenStart)
    {
        if (!atEnd() && !isDelimiter(peek())) {
            fail(tokenStart, Text::tr("This value is malformed: unexpected \"%1\" after it.").arg(peek()));
            return false;
        }
        return true;
    }

    std::optional<FilterValue> parseString(QChar quote)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        QString text;
        for (;;) {
            if (atEnd()) {
                fail(start, Text::tr("This text has no closing quote. Add %1 at its end.").arg(quote));
                return std::nullopt;
            }
            const QChar c = peek();
            if (c == u'\\') {
                // The grammar lets a backslash escape any character; printing escapes only the
                // quote in use and the backslash, so other escapes are dropped (like whitespace).
                if (m_pos + 1 >= m_text.size()) {
                    fail(start, Text::tr("This text has no closing quote. Add %1 at its end.").arg(quote));
                    return std::nullopt;
                }
                text += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == quote)
                break;
            text += c;
        }
        if (!checkDelimited(start))
            return std::nullopt;
        return FilterValue::string(text, quote);
    }

    // datetime := YYYY-MM-DD ( ("T"|" ") hh:mm(:ss(.f+)?)? ( "Z" | ("+"|"-")hh(:)?mm )? )?
    std::optional<FilterValue> scanDateTime()
    {
        const qsizetype start = m_pos;
        auto digitsAt = [this](qsizetype at, int n) {
            if (at + n > m_text.size())
                return false;
            for (int i = 0; i < n; ++i) {
                if (!isDigit(m_text[at + i]))
                    return false;
            }
            return true;
        };
        auto charAt = [this](qsizetype at, char16_t c) {
            return at < m_text.size() && m_text[at] == QChar(c);
        };
        if (!(digitsAt(start, 4) && charAt(start + 4, u'-') && digitsAt(start + 5, 2) && charAt(start + 7, u'-')
                && digitsAt(start + 8, 2)))
            return std::nullopt;
        qsizetype p = start + 10;
        if ((charAt(p, u'T') || charAt(p, u' ')) && digitsAt(p + 1, 2) && charAt(p + 3, u':') && digitsAt(p + 4, 2)) {
            p += 6;
            if (charAt(p, u':') && digitsAt(p + 1, 2)) {
                p += 3;
                if (charAt(p, u'.') && digitsAt(p + 1, 1)) {
                    ++p;
                    while (p < m_text.size() && isDigit(m_text[p]))
                        ++p;
                }
            }
            if (charAt(p, u'Z')) {
                ++p;
            } else if ((charAt(p, u'+') || charAt(p, u'-')) && digitsAt(p + 1, 2)) {
                if (charAt(p + 3, u':') && digitsAt(p + 4, 2))
                    p += 6;
                else if (digitsAt(p + 3, 2))
                    p += 5;
            }
        }
        const QStringView lexeme = m_text.sliced(start, p - start);
        qint64 ms = 0;
        if (!calendar::parseIsoInstant(lexeme, &ms)) {
            fail(start,
                Text::tr("\"%1\" is not a valid date and time. Use YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with an optional "
                         "offset.")
                    .arg(lexeme));
            return std::nullopt;
        }
        m_pos = p;
        if (!checkDelimited(start))
            return std::nullopt;
        return FilterValue::dateTime(lexeme.toString());
    }

    std::optional<FilterValue> parseNumber()
    {
        const qsizetype start = m_pos;
        qsizetype p = m_pos;
        if (m_text[p] == u'-' || m_text[p] == u'+')
            ++p;
        const qsizetype intStart = p;
        while (p < m_text.size() && isDigit(m_text[p]))
            ++p;
        bool ok = p > intStart;
        if (ok && p < m_text.size() && m_text[p] == u'.') {
            ++p;
            const qsizetype fracStart = p;
            while (p < m_text.size() && isDigit(m_text[p]))
                ++p;
            ok = p > fracStart;
        }
        if (ok && p < m_text.size() && (m_text[p] == u'e' || m_text[p] == u'E')) {
            ++p;
            if (p < m_text.size() && (m_text[p] == u'+' || m_text[p] == u'-'))
                ++p;
            const qsizetype expStart = p;
            while (p < m_text.size() && isDigit(m_text[p]))
                ++p;
            ok = p > expStart;
        }
        if (!ok || (p < m_text.size() && !isDelimiter(m_text[p]))) {
            qsizetype end = p;
            while (end < m_text.size() && !isDelimiter(m_text[end]))
                ++end;
            fail(start,
                Text::tr(
                    "\"%1\" is neither a number nor a date. Write numbers like 25 or 33.33, dates like 2024-01-31, "
                    "and quote text.")
                    .arg(m_text.sliced(start, end - start)));
            return std::nullopt;
        }
        const QStringView lexeme = m_text.sliced(start, p - start);
        bool converted = false;
        const double v = lexeme.toDouble(&converted);
        if (!converted || !std::isfinite(v)) {
            fail(start, Text::tr("The number %1 is out of range.").arg(lexeme));
            return std::nullopt;
        }
        m_pos = p;
        FilterValue out;
        out.type = FilterValue::Type::Number;
        out.text = lexeme.toString();
        out.number = v;
        return out;
    }

    std::optional<FilterValue> parseArray(int depth)
    {
        const qsizetype start = m_pos;
        ++m_pos; // '['
        QList<FilterValue> items;
        skipSpace();
        if (peek() == u']') {
            fail(start, Text::tr("A list needs at least one value, for example [\"a\",\"b\"]."));
            return std::nullopt;
        }
        for (;;) {
            auto item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            items.append(std::move(*item));
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                break;
            }
            if (atEnd())
                fail(start, Text::tr("This list is never closed. Add ] at its end."));
            else
                fail(m_pos, Text::tr("Expected a comma or ] in the list."));
            return std::nullopt;
        }
        return FilterValue::array(items);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
    FilterParseError m_error;
};

void printValueTo(QString& out, const FilterValue& value)
{
    switch (value.type) {
    case FilterValue::Type::String: {
        const QChar quote = value.quote == u'\'' ? QChar(u'\'') : QChar(u'"');
        out += quote;
        for (const QChar c : value.text) {
            if (c == quote || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += quote;
        return;
    }
    case FilterValue::Type::Number:
    case FilterValue::Type::DateTime:
        out += value.text;
        return;
    case FilterValue::Type::Boolean:
        out += value.boolean ? u"true"_s : u"false"_s;
        return;
    case FilterValue::Type::Null:
        out += u"null"_s;
        return;
    case FilterValue::Type::Array: {
        out += u'[';
        for (qsizetype i = 0; i < value.items.size(); ++i) {
            if (i > 0)
                out += u',';
            printValueTo(out, value.items.at(i));
        }
        out += u']';
        return;
    }
    }
}

void printExprTo(QString& out, const FilterExpr& expr, bool topLevel)
{
    if (expr.kind == FilterExpr::Kind::And) {
        // implicitAnd only makes sense at the top: nested, a bare comma would merge into the parent.
        const bool implicit = topLevel && expr.implicitAnd;
        if (!implicit)
            out += u"and("_s;
        for (qsizetype i = 0; i < expr.children.size(); ++i) {
            if (i > 0)
                out += u',';
            printExprTo(out, expr.children.at(i), false);
        }
        if (!implicit)
            out += u')';
        return;
    }
    out += filterOpName(expr.op);
    out += u'(';
    out += expr.field;
    if (expr.value) {
        out += u',';
        printValueTo(out, *expr.value);
    }
    out += u')';
}

void flattenInto(QList<FilterExpr>& out, const FilterExpr& expr)
{
    if (expr.kind == FilterExpr::Kind::Condition) {
        out.append(expr);
        return;
    }
    for (const auto& child : expr.children)
        flattenInto(out, child);
}

} // namespace

QString filterOpName(FilterOp op)
{
    for (const auto& entry : kOpNames) {
        if (entry.op == op)
            return QString(entry.name);
    }
    return u"equals"_s;
}

std::optional<FilterOp> filterOpFromName(QStringView name)
{
    for (const auto& entry : kOpNames) {
        if (name == entry.name)
            return entry.op;
    }
    return std::nullopt;
}

bool operator==(const FilterValue& a, const FilterValue& b)
{
    return a.type == b.type && a.text == b.text && a.number == b.number && a.boolean == b.boolean && a.quote == b.quote
        && a.items == b.items;
}

bool operator==(const FilterExpr& a, const FilterExpr& b)
{
    return a.kind == b.kind && a.op == b.op && a.field == b.field && a.value == b.value && a.children == b.children
        && a.implicitAnd == b.implicitAnd;
}

FilterValue FilterValue::string(const QString& s, QChar quote)
{
    FilterValue v;
    v.type = Type::String;
    v.text = s;
    v.quote = quote == u'\'' ? QChar(u'\'') : QChar(u'"');
    return v;
}

FilterValue FilterValue::numberValue(double value)
{
    // The grammar has no literal for NaN or infinity; null is the only faithful spelling.
    if (!std::isfinite(value))
        return null();
    FilterValue v;
    v.type = Type::Number;
    v.number = value;
    v.text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return v;
}

FilterValue FilterValue::booleanValue(bool value)
{
    FilterValue v;
    v.type = Type::Boolean;
    v.boolean = value;
    return v;
}

FilterValue FilterValue::null()
{
    return FilterValue {};
}

FilterValue FilterValue::dateTime(const QString& lexeme)
{
    FilterValue v;
    v.type = Type::DateTime;
    v.text = lexeme;
    return v;
}

FilterValue FilterValue::array(const QList<FilterValue>& items)
{
    FilterValue v;
    v.type = Type::Array;
    v.items = items;
    return v;
}

FilterExpr FilterExpr::condition(FilterOp op, const QString& field, const std::optional<FilterValue>& value)
{
    FilterExpr e;
    e.kind = Kind::Condition;
    e.op = op;
    e.field = field;
    e.value = value;
    return e;
}

FilterExpr FilterExpr::conjunction(const QList<FilterExpr>& children, bool implicit)
{
    FilterExpr e;
    e.kind = Kind::And;
    e.children = children;
    e.implicitAnd = implicit;
    return e;
}

QString printFilter(const FilterExpr& expr)
{
    QString out;
    printExprTo(out, expr, true);
    return out;
}

QString printFilterValue(const FilterValue& value)
{
    QString out;
    printValueTo(out, value);
    return out;
}

std::optional<FilterExpr> parseFilter(QStringView text, FilterParseError* error)
{
    Parser parser(text);
    auto result = parser.parseTopLevel();
    if (!result && error)
        *error = parser.error();
    return result;
}

std::optional<FilterExpr> parseNegatedCondition(QStringView text)
{
    QStringView rest = text.trimmed();
    if (!rest.startsWith(u"not"))
        return std::nullopt;
    rest = rest.sliced(3).trimmed();
    if (!rest.startsWith(u'(') || !rest.endsWith(u')'))
        return std::nullopt;
    auto inner = parseFilter(rest.sliced(1, rest.size() - 2));
    if (!inner || inner->kind != FilterExpr::Kind::Condition)
        return std::nullopt;
    return inner;
}

QString printNegatedCondition(const FilterExpr& condition)
{
    return QStringLiteral("not(") + printFilter(condition) + u')';
}

QList<FilterExpr> flattenConditions(const FilterExpr& expr)
{
    QList<FilterExpr> out;
    flattenInto(out, expr);
    return out;
}

} // namespace kx
