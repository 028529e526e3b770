// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/filterfields.h"
#include "editor/querylabels.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;

class TestFilterFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitListHonoursQuotes_data();
    void splitListHonoursQuotes();
    void joinListRoundTrips_data();
    void joinListRoundTrips();
    void valueTypesPickOperators_data();
    void valueTypesPickOperators();
    void valueFromTextKeepsLexemesAndQuotes();
    void numberFieldWithTextIsAProblem();
    void changingFieldKeepsFittingParts();
    void changingOperatorSwitchesListShape();
    void nonEditableConditionsAreRecognised_data();
    void nonEditableConditionsAreRecognised();
    void sortLabelsReadPlainly();
};

void TestFilterFields::splitListHonoursQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::addRow("plain") << u"a, b,c"_s << QStringList { u"a"_s, u"b"_s, u"c"_s };
    QTest::addRow("trailing comma while typing") << u"a, b,"_s << QStringList { u"a"_s, u"b"_s };
    QTest::addRow("empty") << u""_s << QStringList {};
    QTest::addRow("blank items dropped") << u"a, , b"_s << QStringList { u"a"_s, u"b"_s };
    QTest::addRow("quoted comma") << u"\"a, b\", c"_s << QStringList { u"a, b"_s, u"c"_s };
    QTest::addRow("escaped quote") << u"\"say \\\"hi\\\"\", x"_s << QStringList { u"say \"hi\""_s, u"x"_s };
    QTest::addRow("quoted empty kept") << u"\"\", x"_s << QStringList { u""_s, u"x"_s };
    QTest::addRow("quoted spaces kept") << u"\" a \""_s << QStringList { u" a "_s };
}

void TestFilterFields::splitListHonoursQuotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QCOMPARE(filterfields::splitList(text), items);
}

void TestFilterFields::joinListRoundTrips_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << QStringList { u"sms"_s, u"email"_s } << u"sms, email"_s;
    QTest::addRow("comma") << QStringList { u"a, b"_s } << u"\"a, b\""_s;
    QTest::addRow("quote") << QStringList { u"say \"hi\""_s } << u"\"say \\\"hi\\\"\""_s;
    QTest::addRow("empty item") << QStringList { u""_s } << u"\"\""_s;
    QTest::addRow("outer spaces") << QStringList { u" a"_s } << u"\" a\""_s;
}

void TestFilterFields::joinListRoundTrips()
{
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    QCOMPARE(filterfields::joinList(items), text);
    QCOMPARE(filterfields::splitList(text), items);
}

void TestFilterFields::valueTypesPickOperators_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("offersGreaterThan");
    QTest::addColumn<bool>("offersContains");
    QTest::addRow("message id") << u"$message"_s << int(filterfields::ValueType::String) << false << true;
    QTest::addRow("URL") << u"URL"_s << int(filterfields::ValueType::String) << false << true;
    QTest::addRow("segment count") << u"Segment Count"_s << int(filterfields::ValueType::Number) << true << false;
    QTest::addRow("usage amount") << u"$usage_amount"_s << int(filterfields::ValueType::Number) << true << false;
    QTest::addRow("bot click") << u"Bot Click"_s << int(filterfields::ValueType::Boolean) << false << false;
}

void TestFilterFields::valueTypesPickOperators()
{
    QFETCH(QString, field);
    QFETCH(int, type);
    QFETCH(bool, offersGreaterThan);
    QFETCH(bool, offersContains);
    QCOMPARE(int(filterfields::valueType(field)), type);
    const QList<FilterOp> ops = filterfields::operatorsFor(filterfields::valueType(field));
    QCOMPARE(ops.constFirst(), FilterOp::Equals);
    QCOMPARE(ops.contains(FilterOp::GreaterThan), offersGreaterThan);
    QCOMPARE(ops.contains(FilterOp::Contains), offersContains);
    QVERIFY(!ops.contains(FilterOp::Has));
}

void TestFilterFields::valueFromTextKeepsLexemesAndQuotes()
{
    using filterfields::ValueType;
    const FilterValue number = filterfields::valueFromText(u" 3.50 "_s, ValueType::Number, false);
    QCOMPARE(number.type, FilterValue::Type::Number);
    QCOMPARE(number.text, u"3.50"_s);
    QCOMPARE(number.number, 3.5);
    QCOMPARE(printFilterValue(number), u"3.50"_s);

    const FilterValue single = FilterValue::string(u"old"_s, u'\'');
    const FilterValue typed = filterfields::valueFromText(u"Tony's"_s, ValueType::String, false, single);
    QCOMPARE(typed.quote, QChar(u'\''));
    QCOMPARE(printFilterValue(typed), u"'Tony\\'s'"_s);

    const FilterValue list = filterfields::valueFromText(u"sms, email"_s, ValueType::String, true);
    QCOMPARE(printFilterValue(list), u"[\"sms\",\"email\"]"_s);
    QCOMPARE(filterfields::valueText(list), u"sms, email"_s);

    const FilterValue numbers = filterfields::valueFromText(u"1, 2.5"_s, ValueType::Number, true);
    QCOMPARE(printFilterValue(numbers), u"[1,2.5]"_s);

    QCOMPARE(filterfields::valueFromText(u"true"_s, ValueType::Boolean, false), FilterValue::booleanValue(true));
    QCOMPARE(filterfields::valueFromText(QString(), ValueType::Boolean, false), FilterValue::booleanValue(false));
}

void TestFilterFields::numberFieldWithTextIsAProblem()
{
    FilterExpr condition = filterfields::defaultCondition(u"Segment Count"_s);
    QVERIFY(filterfields::isEditable(condition));
    condition = filterfields::withValueText(condition, u"many"_s);
    QVERIFY(filterfields::valueProblem(condition).contains(u"many"_s));
    condition = filterfields::withValueText(condition, u"12"_s);
    QVERIFY(filterfields::valueProblem(condition).isEmpty());
    QCOMPARE(printFilter(condition), u"equals(Segment Count,12)"_s);

    FilterExpr list = filterfields::withOperator(filterfields::defaultCondition(u"$flow"_s), FilterOp::Any);
    QVERIFY(!filterfields::valueProblem(list).isEmpty()); // no item yet
    list = filterfields::withValueText(list, u"X1, X2"_s);
    QVERIFY(filterfields::valueProblem(list).isEmpty());
    QCOMPARE(printFilter(list), u"any($flow,[\"X1\",\"X2\"])"_s);
}

void TestFilterFields::changingFieldKeepsFittingParts()
{
    FilterExpr condition = filterfields::withOperator(filterfields::defaultCondition(u"URL"_s), FilterOp::Contains);
    condition = filterfields::withValueText(condition, u"sale"_s);
    // Another text field keeps operator and value.
    const FilterExpr moved = filterfields::withField(condition, u"Subject"_s);
    QCOMPARE(printFilter(moved), u"contains(Subject,\"sale\")"_s);
    // A number field does not offer "contains": the first operator of numbers takes over.
    const FilterExpr number = filterfields::withField(condition, u"Segment Count"_s);
    QCOMPARE(number.op, FilterOp::Equals);
    QVERIFY(!filterfields::valueProblem(number).isEmpty()); // "sale" is not a number
}

void TestFilterFields::changingOperatorSwitchesListShape()
{
    FilterExpr condition = filterfields::withValueText(filterfields::defaultCondition(u"$message"_s), u"A1"_s);
    condition = filterfields::withOperator(condition, FilterOp::Any);
    QCOMPARE(printFilter(condition), u"any($message,[\"A1\"])"_s);
    condition = filterfields::withValueText(condition, u"A1, B2"_s);
    condition = filterfields::withOperator(condition, FilterOp::Equals);
    QCOMPARE(printFilter(condition), u"equals($message,\"A1\")"_s);
}

void TestFilterFields::nonEditableConditionsAreRecognised_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("editable");
    QTest::addRow("equals") << u"equals($message,\"x\")"_s << true;
    QTest::addRow("any") << u"any($flow,[\"a\",\"b\"])"_s << true;
    QTest::addRow("and") << u"and(equals(a,\"x\"),equals(b,\"y\"))"_s << false;
    QTest::addRow("datetime") << u"greater-than(datetime,2024-01-01)"_s << false;
    QTest::addRow("null") << u"equals($flow,null)"_s << false;
    QTest::addRow("has") << u"has(profile)"_s << false;
    QTest::addRow("any with scalar") << u"any($flow,\"a\")"_s << false;
}

void TestFilterFields::nonEditableConditionsAreRecognised()
{
    QFETCH(QString, filter);
    QFETCH(bool, editable);
    const auto expr = parseFilter(filter);
    QVERIFY(expr);
    QCOMPARE(filterfields::isEditable(*expr), editable);
}

void TestFilterFields::sortLabelsReadPlainly()
{
    QCOMPARE(querylabels::sortLabel(u"-count"_s), u"Event count, highest first"_s);
    QCOMPARE(querylabels::sortLabel(u"sum_value"_s), u"Sum of event values, lowest first"_s);
    QCOMPARE(querylabels::sortLabel(u"-$flow"_s), u"Flow, Z to A"_s);
    QCOMPARE(querylabels::dimensionLabel(u"Campaign Name"_s), u"Campaign Name"_s);
    QCOMPARE(querylabels::dimensionLabel(u"$attributed_message"_s), u"Attributed message"_s);
}

QTEST_APPLESS_MAIN(TestFilterFields)
#include "tst_filterfields.moc"
