// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "query/filterexpr.h"

using namespace kx;
using namespace Qt::StringLiterals;

class TestFilterExpr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opNamesRoundTrip()
    {
        const QList<FilterOp> all { FilterOp::Equals, FilterOp::LessThan, FilterOp::LessOrEqual, FilterOp::GreaterThan,
            FilterOp::GreaterOrEqual, FilterOp::Contains, FilterOp::ContainsAny, FilterOp::ContainsAll,
            FilterOp::EndsWith, FilterOp::StartsWith, FilterOp::Any, FilterOp::Has };
        QSet<QString> seen;
        for (FilterOp op : all) {
            const QString name = filterOpName(op);
            QVERIFY(!seen.contains(name));
            seen.insert(name);
            QCOMPARE(filterOpFromName(name), std::optional<FilterOp>(op));
        }
        QCOMPARE(filterOpName(FilterOp::GreaterOrEqual), u"greater-or-equal"_s);
        QCOMPARE(filterOpName(FilterOp::ContainsAny), u"contains-any"_s);
        QVERIFY(!filterOpFromName(u"Equals"));
        QVERIFY(!filterOpFromName(u"and"));
        QVERIFY(!filterOpFromName(u""));
    }

    void printsParsedTextUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("double quotes") << u"equals(email,\"sarah.mason@klaviyo-demo.com\")"_s;
        QTest::addRow("single quotes") << u"equals(integration.name,'example')"_s;
        QTest::addRow("escaped single") << u"equals(name,'Tony\\'s ball')"_s;
        QTest::addRow("escaped double") << u"equals(name,\"say \\\"hi\\\"\")"_s;
        QTest::addRow("escaped backslash") << u"equals(path,\"C:\\\\dir\\\\\")"_s;
        QTest::addRow("other quote inside") << u"equals(name,\"Tony's\")"_s;
        QTest::addRow("empty string") << u"equals($attributed_flow,\"\")"_s;
        QTest::addRow("datetime zulu") << u"less-than(datetime,2023-03-01T00:00:00Z)"_s;
        QTest::addRow("datetime offset") << u"greater-or-equal(datetime,2012-04-21T11:30:00-04:00)"_s;
        QTest::addRow("datetime date only") << u"greater-or-equal(datetime,2023-02-07)"_s;
        QTest::addRow("datetime no offset") << u"less-than(datetime,2022-12-08T00:00:00)"_s;
        QTest::addRow("datetime fraction") << u"less-than(datetime,2022-12-08T00:00:00.123456+00:00)"_s;
        QTest::addRow("datetime no seconds") << u"less-than(datetime,2022-12-08T10:30)"_s;
        QTest::addRow("datetime space") << u"less-than(datetime,2022-06-06 12:29:59+00:00)"_s;
        QTest::addRow("datetime compact offset") << u"less-than(datetime,2024-01-01T10:00:00+0530)"_s;
        QTest::addRow("quoted datetime is a string") << u"greater-or-equal(created_at,'2024-08-01T00:00:00-07:00')"_s;
        QTest::addRow("integer") << u"equals(count,25)"_s;
        QTest::addRow("float") << u"greater-than(value,33.33)"_s;
        QTest::addRow("negative exp") << u"less-than(value,-1.5e-3)"_s;
        QTest::addRow("number lexeme kept") << u"equals(value,1.50)"_s;
        QTest::addRow("true") << u"equals(archived,true)"_s;
        QTest::addRow("false") << u"equals(archived,false)"_s;
        QTest::addRow("null") << u"equals(name,null)"_s;
        QTest::addRow("has") << u"has(profile)"_s;
        QTest::addRow("array strings") << u"contains-any(description,[\"sms\",\"email\"])"_s;
        QTest::addRow("array numbers") << u"any(value,[1,2.5,3])"_s;
        QTest::addRow("array mixed quotes") << u"any(email,['a@x.com',\"b@x.com\"])"_s;
        QTest::addRow("nested array") << u"equals(matrix,[[1,2],[3]])"_s;
        QTest::addRow("and") << u"and(equals(flow_id,\"abc123\"),contains-any(send_channel,[\"email\",\"sms\"]))"_s;
        QTest::addRow("nested and") << u"and(equals(a,1),and(equals(b,2),equals(c,3)))"_s;
        QTest::addRow("implicit and")
            << u"equals(metric_id,\"UxxK4u\"),greater-or-equal(datetime,2023-02-07),less-than(datetime,2023-02-15)"_s;
        QTest::addRow("implicit and of ands") << u"and(equals(a,1),equals(b,2)),equals(c,3)"_s;
        QTest::addRow("field with space") << u"equals(Campaign Name,\"Spring Sale\")"_s;
        QTest::addRow("field bot click") << u"equals(Bot Click,true)"_s;
        QTest::addRow("dollar field") << u"any($message,[\"MESSAGE_ID1\",\"MESSAGE_ID2\"])"_s;
        QTest::addRow("dotted field") << u"equals(messages.channel,'email')"_s;
        QTest::addRow("unicode") << u"equals(Subject,\"Grüße – 50 % 🎉\")"_s;
        QTest::addRow("comma and paren in string") << u"equals(URL,\"https://x.com/a,b(c)\")"_s;
    }
    void printsParsedTextUnchanged()
    {
        QFETCH(QString, text);
        FilterParseError error;
        const auto expr = parseFilter(text, &error);
        QVERIFY2(expr, qPrintable(error.message));
        QCOMPARE(printFilter(*expr), text);
        // and the printed text parses back to the same tree
        const auto again = parseFilter(printFilter(*expr));
        QVERIFY(again);
        QCOMPARE(*again, *expr);
    }

    void parsesValueTypes()
    {
        auto value = [](const QString& text) {
            const auto expr = parseFilter(text);
            if (!expr || !expr->value)
                return FilterValue::string(u"<parse failed>"_s);
            return *expr->value;
        };
        const FilterValue dt = value(u"less-than(datetime,2023-03-01T00:00:00Z)"_s);
        QCOMPARE(dt.type, FilterValue::Type::DateTime);
        QCOMPARE(dt.text, u"2023-03-01T00:00:00Z"_s);

        const FilterValue quotedDt = value(u"greater-or-equal(created_at,'2024-08-01T00:00:00-07:00')"_s);
        QCOMPARE(quotedDt.type, FilterValue::Type::String);
        QCOMPARE(quotedDt.quote, QChar(u'\''));
        QCOMPARE(quotedDt.text, u"2024-08-01T00:00:00-07:00"_s);

        const FilterValue num = value(u"equals(v,33.330)"_s);
        QCOMPARE(num.type, FilterValue::Type::Number);
        QCOMPARE(num.text, u"33.330"_s);
        QCOMPARE(num.number, 33.33);

        const FilterValue escaped = value(u"equals(name,'Tony\\'s \\\\ ball')"_s);
        QCOMPARE(escaped.text, u"Tony's \\ ball"_s);

        const FilterValue boolean = value(u"equals(x,false)"_s);
        QCOMPARE(boolean.type, FilterValue::Type::Boolean);
        QCOMPARE(boolean.boolean, false);

        const FilterValue nul = value(u"equals(x,null)"_s);
        QCOMPARE(nul.type, FilterValue::Type::Null);

        const FilterValue arr = value(u"any(x,[\"a\",2,true,null,2024-01-01])"_s);
        QCOMPARE(arr.type, FilterValue::Type::Array);
        QCOMPARE(arr.items.size(), 5);
        QCOMPARE(arr.items.at(0), FilterValue::string(u"a"_s));
        QCOMPARE(arr.items.at(1).type, FilterValue::Type::Number);
        QCOMPARE(arr.items.at(2), FilterValue::booleanValue(true));
        QCOMPARE(arr.items.at(3), FilterValue::null());
        QCOMPARE(arr.items.at(4), FilterValue::dateTime(u"2024-01-01"_s));
    }

    void parsesStructure()
    {
        const auto implicit = parseFilter(u"equals(a,1),equals(b,2)");
        QVERIFY(implicit);
        QCOMPARE(implicit->kind, FilterExpr::Kind::And);
        QVERIFY(implicit->implicitAnd);
        QCOMPARE(implicit->children.size(), 2);

        const auto single = parseFilter(u"equals(a,1)");
        QVERIFY(single);
        QCOMPARE(single->kind, FilterExpr::Kind::Condition);
        QCOMPARE(single->field, u"a"_s);
        QCOMPARE(single->op, FilterOp::Equals);

        const auto explicitAnd = parseFilter(u"and(equals(a,1),equals(b,2))");
        QVERIFY(explicitAnd);
        QCOMPARE(explicitAnd->kind, FilterExpr::Kind::And);
        QVERIFY(!explicitAnd->implicitAnd);

        const auto has = parseFilter(u"has(profile)");
        QVERIFY(has);
        QCOMPARE(has->op, FilterOp::Has);
        QVERIFY(!has->value);
    }

    void toleratesWhitespaceBetweenTokens()
    {
        const auto spaced = parseFilter(u"  and( equals( Campaign Name , \"x\" ) ,\n any( $flow , [ 'a' , 'b' ] ) )  ");
        QVERIFY(spaced);
        QCOMPARE(printFilter(*spaced), u"and(equals(Campaign Name,\"x\"),any($flow,['a','b']))"_s);
        const auto list = parseFilter(u"equals(a,1) , equals(b,2)");
        QVERIFY(list);
        QCOMPARE(printFilter(*list), u"equals(a,1),equals(b,2)"_s);
    }

    void parsesPrintedExpressions()
    {
        // parse(print(e)) == e for trees built in code, including awkward strings.
        const QList<FilterExpr> exprs {
            FilterExpr::condition(FilterOp::Equals, u"name"_s, FilterValue::string(u"a\"b'c\\d"_s)),
            FilterExpr::condition(FilterOp::Equals, u"name"_s, FilterValue::string(u"a\"b'c\\d"_s, u'\'')),
            FilterExpr::condition(FilterOp::GreaterThan, u"value"_s, FilterValue::numberValue(0.1)),
            FilterExpr::condition(FilterOp::GreaterThan, u"value"_s, FilterValue::numberValue(-12345678901.0)),
            FilterExpr::condition(FilterOp::LessThan, u"value"_s, FilterValue::numberValue(1e300)),
            FilterExpr::condition(
                FilterOp::LessThan, u"datetime"_s, FilterValue::dateTime(u"2024-01-01T00:00:00-05:00"_s)),
            FilterExpr::condition(FilterOp::Has, u"profile"_s, std::nullopt),
            FilterExpr::conjunction(
                { FilterExpr::condition(FilterOp::Any, u"$message"_s,
                      FilterValue::array({ FilterValue::string(u"A"_s), FilterValue::string(u"B"_s) })),
                    FilterExpr::condition(FilterOp::Equals, u"Bot Click"_s, FilterValue::booleanValue(false)),
                    FilterExpr::condition(FilterOp::Equals, u"x"_s, FilterValue::null()) },
                true),
            FilterExpr::conjunction({ FilterExpr::condition(FilterOp::Equals, u"a"_s, FilterValue::numberValue(1)),
                FilterExpr::conjunction({ FilterExpr::condition(FilterOp::Equals, u"b"_s, FilterValue::numberValue(2)),
                    FilterExpr::condition(FilterOp::Equals, u"c"_s, FilterValue::numberValue(3)) }) }),
        };
        for (const FilterExpr& e : exprs) {
            const QString text = printFilter(e);
            FilterParseError error;
            const auto back = parseFilter(text, &error);
            QVERIFY2(back, qPrintable(text + u" : "_s + error.message));
            QCOMPARE(*back, e);
        }
    }

    void printsEscapes()
    {
        QCOMPARE(printFilterValue(FilterValue::string(u"Tony's"_s, u'\'')), u"'Tony\\'s'"_s);
        QCOMPARE(printFilterValue(FilterValue::string(u"Tony's"_s)), u"\"Tony's\""_s);
        QCOMPARE(printFilterValue(FilterValue::string(u"a\\b"_s)), u"\"a\\\\b\""_s);
        QCOMPARE(printFilterValue(FilterValue::numberValue(25)), u"25"_s);
        QCOMPARE(printFilterValue(FilterValue::numberValue(33.33)), u"33.33"_s);
        QCOMPARE(printFilterValue(FilterValue::numberValue(qQNaN())), u"null"_s);
        QCOMPARE(printFilterValue(FilterValue::dateTime(u"2023-02-07"_s)), u"2023-02-07"_s);
        QCOMPARE(printFilterValue(FilterValue::array({ FilterValue::numberValue(1), FilterValue::booleanValue(true) })),
            u"[1,true]"_s);
    }

    void dropsUnneededEscapes()
    {
        // A backslash may escape any character (digest §2.4); only quote and backslash are printed escaped.
        const auto expr = parseFilter(u"equals(a,\"x\\yz\\'\")");
        QVERIFY(expr);
        QCOMPARE(expr->value->text, u"xyz'"_s);
        QCOMPARE(printFilter(*expr), u"equals(a,\"xyz'\")"_s);
    }

    void flattensConditions()
    {
        const auto expr = parseFilter(u"and(equals(a,1),and(equals(b,2),has(c))),equals(d,4)");
        QVERIFY(expr);
        const auto flat = flattenConditions(*expr);
        QCOMPARE(flat.size(), 4);
        QStringList fields;
        for (const auto& c : flat) {
            QCOMPARE(c.kind, FilterExpr::Kind::Condition);
            fields << c.field;
        }
        QCOMPARE(fields, (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
        const auto single = parseFilter(u"equals(a,1)");
        QCOMPARE(flattenConditions(*single).size(), 1);
    }

    void reportsErrorsWithPositions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("empty") << QString() << 0 << u"empty"_s;
        QTest::addRow("blank") << u"   "_s << 3 << u"empty"_s;
        QTest::addRow("or") << u"equals(a,1),or(equals(b,2),equals(c,3))"_s << 12 << u"or(...)"_s;
        QTest::addRow("not") << u"not(equals($attributed_flow,\"\"))"_s << 0 << u"not(...)"_s;
        QTest::addRow("nested not") << u"and(equals(a,1),not(equals(b,2)))"_s << 16 << u"not(...)"_s;
        QTest::addRow("unknown op") << u"equal(a,1)"_s << 0 << u"Unknown operator"_s;
        QTest::addRow("missing paren") << u"equals a"_s << 7 << u"parenthesis"_s;
        QTest::addRow("unterminated string") << u"equals(a,\"abc)"_s << 9 << u"closing quote"_s;
        QTest::addRow("unterminated single") << u"equals(a,'abc\\')"_s << 9 << u"closing quote"_s;
        QTest::addRow("unquoted text") << u"equals(a,abc)"_s << 9 << u"quoted"_s;
        QTest::addRow("bad date") << u"less-than(datetime,2023-02-30)"_s << 19 << u"valid date"_s;
        QTest::addRow("bad number") << u"equals(a,12x)"_s << 9 << u"number"_s;
        QTest::addRow("partial date") << u"equals(a,2024-01)"_s << 9 << u"number"_s;
        QTest::addRow("missing value") << u"equals(a)"_s << 8 << u"value"_s;
        QTest::addRow("has with value") << u"has(a,1)"_s << 5 << u"has(...)"_s;
        QTest::addRow("missing field") << u"equals(,1)"_s << 7 << u"field"_s;
        QTest::addRow("quoted field") << u"equals(\"a\",1)"_s << 7 << u"quotes"_s;
        QTest::addRow("unclosed condition") << u"equals(a,1"_s << 10 << u"closed"_s;
        QTest::addRow("trailing comma") << u"equals(a,1),"_s << 12 << u"comma"_s;
        QTest::addRow("stray paren") << u"equals(a,1))"_s << 11 << u"parenthesis"_s;
        QTest::addRow("and of one") << u"and(equals(a,1))"_s << 0 << u"two"_s;
        QTest::addRow("unclosed and") << u"and(equals(a,1),equals(b,2)"_s << 0 << u"never closed"_s;
        QTest::addRow("empty array") << u"any(a,[])"_s << 6 << u"at least one"_s;
        QTest::addRow("unclosed array") << u"any(a,[1,2"_s << 6 << u"never closed"_s;
        QTest::addRow("junk after value") << u"equals(a,\"x\"y)"_s << 9 << u"malformed"_s;
        QTest::addRow("junk after condition") << u"equals(a,1) equals(b,2)"_s << 12 << u"comma"_s;
        QTest::addRow("incomplete offset") << u"less-than(datetime,2024-01-01T00:00:00+05)"_s << 19 << u"malformed"_s;
        QTest::addRow("no operator") << u"(a,1)"_s << 0 << u"operator"_s;
    }
    void reportsErrorsWithPositions()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, mentions);
        FilterParseError error;
        QVERIFY(!parseFilter(text, &error));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QCOMPARE(error.position, qsizetype(position));
        QVERIFY(error.message.endsWith(u'.'));
        QCOMPARE(error.unsupportedCombinator, mentions == u"or(...)"_s || mentions == u"not(...)"_s);
    }

    void refusesDeepNesting()
    {
        QString deep;
        for (int i = 0; i < 10000; ++i)
            deep += u"and(equals(a,1),"_s;
        deep += u"equals(b,2)"_s;
        for (int i = 0; i < 10000; ++i)
            deep += u')';
        FilterParseError error;
        QVERIFY(!parseFilter(deep, &error));
        QVERIFY(error.message.contains(u"nested too deeply"_s));

        QString deepArray = u"any(a,"_s + QString(5000, u'[') + u'1' + QString(5000, u']') + u')';
        QVERIFY(!parseFilter(deepArray, &error));
    }

    void readsNegatedConditions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("printed"); // printNegatedCondition(inner) when ok
        QTest::addRow("seed 001") << u"not(equals($attributed_flow,\"\"))"_s << true
                                  << u"not(equals($attributed_flow,\"\"))"_s;
        QTest::addRow("value") << u"not(equals($message,\"abc\"))"_s << true << u"not(equals($message,\"abc\"))"_s;
        QTest::addRow("number") << u"not(equals($usage_amount,3.50))"_s << true << u"not(equals($usage_amount,3.50))"_s;
        QTest::addRow("spaces") << u" not ( equals(a, 'x') ) "_s << true << u"not(equals(a,'x'))"_s;
        QTest::addRow("and inside") << u"not(and(equals(a,1),equals(b,2)))"_s << false << QString();
        QTest::addRow("nested not") << u"not(not(equals(a,1)))"_s << false << QString();
        QTest::addRow("two conditions") << u"not(equals(a,1)),equals(b,2)"_s << false << QString();
        QTest::addRow("list inside") << u"not(equals(a,1),equals(b,2))"_s << false << QString();
        QTest::addRow("or") << u"or(equals(a,1),equals(b,2))"_s << false << QString();
        QTest::addRow("plain") << u"equals(a,1)"_s << false << QString();
        QTest::addRow("unclosed") << u"not(equals(a,1)"_s << false << QString();
        QTest::addRow("empty") << u"not()"_s << false << QString();
        QTest::addRow("prefix") << u"nothing(equals(a,1))"_s << false << QString();
    }

    void readsNegatedConditions()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, printed);
        const auto inner = parseNegatedCondition(text);
        QCOMPARE(inner.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(inner->kind, FilterExpr::Kind::Condition);
        QCOMPARE(inner->op, FilterOp::Equals);
        QCOMPARE(printNegatedCondition(*inner), printed);
        // parseFilter() itself still refuses not(...): imports keep it verbatim.
        FilterParseError error;
        QVERIFY(!parseFilter(text, &error));
        QVERIFY(error.unsupportedCombinator);
    }

    void survivesGarbage()
    {
        // Every prefix of valid filters must either parse or fail cleanly, never crash.
        const QString samples[] = {
            u"and(equals(flow_id,\"abc123\"),contains-any(send_channel,[\"email\",\"sms\"]))"_s,
            u"greater-or-equal(datetime,2024-01-01T00:00:00.5-05:00),equals(Bot Click,'a\\'b')"_s,
        };
        for (const QString& s : samples) {
            for (qsizetype n = 0; n <= s.size(); ++n) {
                FilterParseError error;
                const auto expr = parseFilter(QStringView(s).first(n), &error);
                if (!expr) {
                    QVERIFY(!error.message.isEmpty());
                    QVERIFY(error.position >= 0 && error.position <= n);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestFilterExpr)
#include "tst_filterexpr.moc"
