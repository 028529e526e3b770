// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include "query/revision.h"
#include "testsupport.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

QStringList splitCommaList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

/// First capture of @p pattern in @p text, or a null string.
QString capture(const QString& text, const QString& pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

struct ReportOp
{
    const char* operationId;
    ReportType type;
};

constexpr ReportOp kReportOps[] = {
    { "query_campaign_values", ReportType::CampaignValues },
    { "query_flow_values", ReportType::FlowValues },
    { "query_flow_series", ReportType::FlowSeries },
    { "query_form_values", ReportType::FormValues },
    { "query_form_series", ReportType::FormSeries },
    { "query_segment_values", ReportType::SegmentValues },
    { "query_segment_series", ReportType::SegmentSeries },
};

struct FamilyOp
{
    const char* operationId;
    EndpointFamily family;
};

constexpr FamilyOp kFamilyOps[] = {
    { "get_metrics", EndpointFamily::Metrics },
    { "get_metric", EndpointFamily::Metrics },
    { "query_metric_aggregates", EndpointFamily::MetricAggregates },
    { "get_flows", EndpointFamily::Flows },
    { "get_flow", EndpointFamily::Flows },
    { "get_flow_message", EndpointFamily::Flows },
    { "get_campaigns", EndpointFamily::Campaigns },
    { "get_campaign", EndpointFamily::Campaigns },
    { "get_campaign_message", EndpointFamily::Campaigns },
    { "get_forms", EndpointFamily::Forms },
    { "get_form", EndpointFamily::Forms },
    { "get_segments", EndpointFamily::Segments },
    { "get_segment", EndpointFamily::Segments },
    { "get_lists", EndpointFamily::Lists },
    { "get_list", EndpointFamily::Lists },
    { "query_campaign_values", EndpointFamily::Reports },
    { "query_flow_values", EndpointFamily::Reports },
    { "query_flow_series", EndpointFamily::Reports },
    { "query_form_values", EndpointFamily::Reports },
    { "query_form_series", EndpointFamily::Reports },
    { "query_segment_values", EndpointFamily::Reports },
    { "query_segment_series", EndpointFamily::Reports },
};

/// "3/s" → 3
int rateNumber(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? 0 : s.section(u'/', 0, 0).toInt();
}

} // namespace

class TestRevision : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_revisions;

    QJsonObject operations(const QString& rev) const
    {
        return m_revisions.value(rev).toObject().value("operations"_L1).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray raw = test::readShared(u"klaviyo-api-raw/klaviyo-enums-and-limits-by-revision.json"_s);
        QVERIFY2(!raw.isEmpty(), "the revision JSON must be readable from SHARED_DIR");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        m_revisions = doc.object().value("revisions"_L1).toObject();
        QVERIFY(m_revisions.size() >= 14);
    }

    void knowsEveryRevisionOfTheSpec()
    {
        QStringList fromJson = m_revisions.keys();
        fromJson.sort();
        QCOMPARE(revision::knownRevisions(), fromJson);
        QCOMPARE(revision::defaultRevision(), fromJson.constLast());
        QCOMPARE(revision::knownRevisions().constFirst(), u"2023-10-15"_s);
        QCOMPARE(revision::defaultRevision(), u"2026-07-15"_s);
    }

    void resolvesDatesBetweenRevisions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("resolved");
        QTest::addRow("exact") << u"2024-10-15"_s << u"2024-10-15"_s;
        QTest::addRow("between") << u"2025-02-01"_s << u"2025-01-15"_s;
        QTest::addRow("day before") << u"2024-10-14"_s << u"2024-07-15"_s;
        QTest::addRow("before first") << u"2022-10-17"_s << u"2023-10-15"_s;
        QTest::addRow("after last") << u"2030-01-01"_s << u"2026-07-15"_s;
        QTest::addRow("beta suffix") << u"2024-07-15.pre"_s << u"2024-07-15"_s;
        QTest::addRow("garbage") << u"latest"_s << u"2026-07-15"_s;
    }
    void resolvesDatesBetweenRevisions()
    {
        QFETCH(QString, text);
        QFETCH(QString, resolved);
        QCOMPARE(revision::resolveRevision(text), resolved);
        QCOMPARE(revision::aggregateDimensions(text), revision::aggregateDimensions(resolved));
    }

    void validatesRevisionText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << u"2023-10-15"_s << true;
        QTest::addRow("suffix") << u"2026-07-15.pre"_s << true;
        QTest::addRow("empty suffix") << u"2026-07-15."_s << false;
        QTest::addRow("bad date") << u"2026-02-30"_s << false;
        QTest::addRow("short") << u"2026-7-15"_s << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("suffix punctuation") << u"2026-07-15.p-re"_s << false;
    }
    void validatesRevisionText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(revision::isValidRevisionText(text), valid);
    }

    void aggregateEnumsMatchSpec()
    {
        for (const QString& rev : m_revisions.keys()) {
            const QJsonObject attrs =
                operations(rev).value("query_metric_aggregates"_L1).toObject().value("body_attributes"_L1).toObject();
            const QStringList by = strings(attrs.value("by"_L1).toObject().value("items_enum"_L1));
            const QStringList sort = strings(attrs.value("sort"_L1).toObject().value("enum"_L1));
            QVERIFY(!by.isEmpty());
            QCOMPARE(revision::aggregateDimensions(rev), by);
            QCOMPARE(revision::aggregateSortValues(rev), sort);
            for (const QString& common : revision::commonAggregateDimensions(rev))
                QVERIFY2(by.contains(common), qPrintable(rev + u' ' + common));
            // the timezone description names exactly the refused zones
            const QString tzDescription = attrs.value("timezone"_L1).toObject().value("description"_L1).toString();
            for (const QString& zone : revision::unsupportedTimezones())
                QVERIFY2(tzDescription.contains(u'`' + zone + u'`'), qPrintable(rev + u' ' + zone));
        }
    }

    void reportTablesMatchSpec()
    {
        for (const QString& rev : m_revisions.keys()) {
            const QJsonObject ops = operations(rev);
            for (const ReportOp& op : kReportOps) {
                const QString where = rev + u' ' + QLatin1StringView(op.operationId);
                const bool present = ops.contains(QLatin1StringView(op.operationId));
                QCOMPARE(revision::reportAvailable(op.type, rev), present);
                if (!present) {
                    QVERIFY(revision::reportStatistics(op.type, rev).isEmpty());
                    QVERIFY(revision::reportGroupByValues(op.type, rev).isEmpty());
                    QVERIFY(revision::reportFilterFields(op.type, rev).isEmpty());
                    continue;
                }
                const QJsonObject operation = ops.value(QLatin1StringView(op.operationId)).toObject();
                const QJsonObject attrs = operation.value("body_attributes"_L1).toObject();

                QCOMPARE(revision::reportStatistics(op.type, rev),
                    strings(attrs.value("statistics"_L1).toObject().value("items_enum"_L1)));

                // interval enum (series only)
                if (attrs.contains("interval"_L1))
                    QCOMPARE(
                        revision::reportIntervals(), strings(attrs.value("interval"_L1).toObject().value("enum"_L1)));
                const QStringList required = strings(operation.value("body_required_attributes"_L1));
                QCOMPARE(required.contains(u"interval"_s), isSeriesReport(op.type));
                QCOMPARE(required.contains(u"conversion_metric_id"_s),
                    op.type == ReportType::CampaignValues || op.type == ReportType::FlowValues
                        || op.type == ReportType::FlowSeries);

                // timeframe keys
                const QJsonArray oneOf = attrs.value("timeframe"_L1).toObject().value("oneOf"_L1).toArray();
                QVERIFY(!oneOf.isEmpty());
                QCOMPARE(revision::timeframeKeys(), strings(oneOf.at(0).toObject().value("key"_L1)));

                // group_by: enum, default and required from the description (digest §5.2)
                const QJsonObject groupBy = attrs.value("group_by"_L1).toObject();
                const QStringList groupEnum = strings(groupBy.value("items_enum"_L1));
                QCOMPARE(revision::reportGroupByValues(op.type, rev), groupEnum);
                const QString groupDescription = groupBy.value("description"_L1).toString();
                if (!groupEnum.isEmpty()) {
                    const QString defaults =
                        capture(groupDescription, u"If not passed in, the data will be grouped by ([^.\\n]+)\\."_s);
                    QVERIFY2(!defaults.isNull(), qPrintable(where));
                    QCOMPARE(revision::reportDefaultGroupBy(op.type, rev), splitCommaList(defaults));
                    const QString requiredGroups =
                        capture(groupDescription, u"The following group by attributes are required: ([^.\\n]+)"_s);
                    QCOMPARE(revision::reportRequiredGroupBy(op.type, rev), splitCommaList(requiredGroups));
                    const QString prerequisite =
                        capture(groupDescription, u"The prerequisites for form_version_id is (\\w+)"_s);
                    QCOMPARE(revision::reportGroupByPrerequisite(op.type, u"form_version_id"_s, rev),
                        prerequisite.isNull() ? QString() : prerequisite);
                } else {
                    QVERIFY(revision::reportRequiredGroupBy(op.type, rev).isEmpty());
                    QVERIFY(!revision::reportDefaultGroupBy(op.type, rev).isEmpty());
                }

                // filter fields and operators from the description
                const QString filterDescription =
                    attrs.value("filter"_L1).toObject().value("description"_L1).toString();
                QList<ReportFilterField> expected;
                const QString allowed = capture(filterDescription, u"Allowed filters are ([^.\\n]+)\\."_s);
                if (!allowed.isNull()) {
                    const QStringList ops =
                        splitCommaList(capture(filterDescription, u"Allowed operators are ([^.\\n]+)\\."_s));
                    for (const QString& field : splitCommaList(allowed))
                        expected.append({ field, ops, false });
                } else {
                    const QRegularExpression scalar(
                        u"Scalar attributes \\(([^)]+)\\): Supported operators: ([^.\\n]+)\\."_s);
                    const QRegularExpression list(
                        u"List attributes \\(([^)]+)\\): Supported operators: ([^.\\n]+)\\."_s);
                    const auto s = scalar.match(filterDescription);
                    const auto l = list.match(filterDescription);
                    QVERIFY2(s.hasMatch() && l.hasMatch(), qPrintable(where));
                    for (const QString& field : splitCommaList(s.captured(1)))
                        expected.append({ field, splitCommaList(s.captured(2)), false });
                    for (const QString& field : splitCommaList(l.captured(1)))
                        expected.append({ field, splitCommaList(l.captured(2)), true });
                }
                const QList<ReportFilterField> actual = revision::reportFilterFields(op.type, rev);
                QCOMPARE(actual.size(), expected.size());
                for (qsizetype i = 0; i < actual.size(); ++i) {
                    QCOMPARE(actual.at(i).field, expected.at(i).field);
                    QCOMPARE(actual.at(i).operators, expected.at(i).operators);
                    QCOMPARE(actual.at(i).isList, expected.at(i).isList);
                }
                const QString maxItems = capture(filterDescription, u"Max of (\\d+)"_s);
                QCOMPARE(maxItems.toInt(), revision::reportFilterMaxListItems());
                const QString channels = capture(filterDescription, u"allowed values are ([^.\\n]+)\\."_s);
                QCOMPARE(revision::reportSendChannels(op.type, rev), splitCommaList(channels));

                // scope and path
                QCOMPARE(strings(operation.value("scopes"_L1)), QStringList { revision::reportScope(op.type) });
                const QString path = operation.value("path"_L1).toString();
                QCOMPARE(path, reportPath(op.type) + (revision::pathsHaveTrailingSlash(rev) ? u"/"_s : QString()));
                QCOMPARE(strings(operation.value("request_content_types"_L1)),
                    QStringList { revision::requestContentType(rev) });
            }
        }
    }

    void rateLimitsAndScopesMatchSpec()
    {
        for (const QString& rev : m_revisions.keys()) {
            const QJsonObject ops = operations(rev);
            QSet<EndpointFamily> seen;
            for (const FamilyOp& op : kFamilyOps) {
                const QString where = rev + u' ' + QLatin1StringView(op.operationId);
                if (!ops.contains(QLatin1StringView(op.operationId)))
                    continue;
                seen.insert(op.family);
                const QJsonObject operation = ops.value(QLatin1StringView(op.operationId)).toObject();
                const QJsonObject limit = operation.value("ratelimit"_L1).toObject();
                const RateLimit expected { rateNumber(limit.value("burst"_L1)), rateNumber(limit.value("steady"_L1)),
                    rateNumber(limit.value("daily"_L1)) };
                QVERIFY2(revision::rateLimit(op.family, rev) == expected, qPrintable(where));
                if (op.family != EndpointFamily::Reports) {
                    QCOMPARE(strings(operation.value("scopes"_L1)), QStringList { revision::scopeFor(op.family, rev) });
                    const QString path = operation.value("path"_L1).toString();
                    QCOMPARE(path.endsWith(u'/'), revision::pathsHaveTrailingSlash(rev));
                }
            }
            // a family without any operation in that revision has no limit
            for (EndpointFamily family : { EndpointFamily::Metrics, EndpointFamily::MetricAggregates,
                     EndpointFamily::Reports, EndpointFamily::Flows, EndpointFamily::Campaigns, EndpointFamily::Forms,
                     EndpointFamily::Segments, EndpointFamily::Lists }) {
                if (!seen.contains(family))
                    QVERIFY2(revision::rateLimit(family, rev) == RateLimit {}, qPrintable(rev));
            }
            QCOMPARE(revision::formsEndpointAvailable(rev), ops.contains("get_forms"_L1));
            QCOMPARE(revision::requestContentType(rev),
                strings(ops.value("query_metric_aggregates"_L1).toObject().value("request_content_types"_L1)).value(0));
        }
        QCOMPARE(revision::scopeFor(EndpointFamily::Lists, u"2023-10-15"_s), u"list:read"_s);
        QCOMPARE(revision::scopeFor(EndpointFamily::Lists, u"2026-07-15"_s), u"lists:read"_s);
    }

    void campaignChannelsMatchSpec()
    {
        const QStringList newest { u"email"_s, u"sms"_s, u"mobile_push"_s };
        for (const QString& rev : m_revisions.keys()) {
            const QJsonObject campaigns = operations(rev).value("get_campaigns"_L1).toObject();
            const QJsonObject filters = campaigns.value("x-klaviyo-filters"_L1).toObject();
            const QStringList channels = revision::campaignChannels(rev);
            if (!filters.isEmpty()) {
                // machine-readable from 2026-04-15
                QCOMPARE(channels,
                    strings(
                        filters.value("messages.channel"_L1).toObject().value("value"_L1).toObject().value("enum"_L1)));
            } else {
                // older revisions only say "email or sms" in prose; mobile_push's arrival is [INF]
                QVERIFY(channels.contains(u"email"_s));
                QVERIFY(channels.contains(u"sms"_s));
                for (const QString& c : channels)
                    QVERIFY(newest.contains(c));
                const QString description = campaigns.value("params"_L1)
                                                .toObject()
                                                .value("filter"_L1)
                                                .toObject()
                                                .value("description"_L1)
                                                .toString();
                QVERIFY(description.contains(u"`messages.channel`: `equals`"_s));
            }
        }
        QCOMPARE(revision::campaignChannels(u"2023-10-15"_s), (QStringList { u"email"_s, u"sms"_s }));
    }

    void messageNameFieldsMatchSpec()
    {
        for (const QString& rev : m_revisions.keys()) {
            const QJsonObject ops = operations(rev);
            const QStringList campaignFields = strings(ops.value("get_campaign_message"_L1)
                                                           .toObject()
                                                           .value("params"_L1)
                                                           .toObject()
                                                           .value("fields[campaign-message]"_L1)
                                                           .toObject()
                                                           .value("enum"_L1));
            const QStringList flowFields = strings(ops.value("get_flow_message"_L1)
                                                       .toObject()
                                                       .value("params"_L1)
                                                       .toObject()
                                                       .value("fields[flow-message]"_L1)
                                                       .toObject()
                                                       .value("enum"_L1));
            QCOMPARE(revision::campaignMessageNameField(rev),
                campaignFields.contains(u"label"_s) ? u"label"_s : u"definition.label"_s);
            QVERIFY(campaignFields.contains(revision::campaignMessageNameField(rev).section(u'.', 0, 0)));
            QCOMPARE(
                revision::flowMessageNameField(rev), flowFields.contains(u"name"_s) ? u"name"_s : u"definition.name"_s);
            QVERIFY(flowFields.contains(revision::flowMessageNameField(rev).section(u'.', 0, 0)));
        }
    }

    void digestFactsHold()
    {
        // Spot checks of digest statements, independent of the JSON.
        QCOMPARE(revision::aggregateDimensions(u"2023-10-15"_s).size(), 30);
        QCOMPARE(revision::aggregateDimensions(u"2026-07-15"_s).size(), 36);
        QCOMPARE(revision::aggregateSortValues(u"2023-10-15"_s).size(), 66);
        QCOMPARE(revision::aggregateSortValues(u"2026-07-15"_s).size(), 78);
        QVERIFY(!revision::reportAvailable(ReportType::CampaignValues, u"2023-10-15"_s));
        QVERIFY(revision::reportAvailable(ReportType::FlowSeries, u"2024-02-15"_s));
        QVERIFY(!revision::reportAvailable(ReportType::SegmentSeries, u"2024-07-15"_s));
        QVERIFY(!revision::formsEndpointAvailable(u"2024-06-15"_s));
        QCOMPARE(revision::reportStatistics(ReportType::CampaignValues, u"2025-07-15"_s).size(), 27);
        QCOMPARE(revision::reportStatistics(ReportType::CampaignValues, u"2026-07-15"_s).size(), 31);
        QCOMPARE(revision::reportStatistics(ReportType::FormSeries, u"2026-07-15"_s).size(), 12);
        QCOMPARE(revision::reportStatistics(ReportType::SegmentValues, u"2026-07-15"_s).size(), 4);
        QCOMPARE(revision::timeframeKeys().size(), 14);
        QCOMPARE(revision::reportDefaultGroupBy(ReportType::SegmentValues, u"2026-07-15"_s),
            QStringList { u"segment_id"_s });
        QCOMPARE(revision::rateLimit(EndpointFamily::Reports, u"2026-07-15"_s), (RateLimit { 1, 2, 225 }));
        QCOMPARE(revision::reportGroupByPrerequisite(ReportType::CampaignValues, u"form_version_id"_s, u"2026-07-15"_s),
            QString());
    }
};

QTEST_APPLESS_MAIN(TestRevision)
#include "tst_revision.moc"
