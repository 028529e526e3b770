// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlabels.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kx::reportlabels {

namespace {

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::ReportLabels)
};

struct Formula
{
    const char* statistic;
    const char* label;
    const char* formula;
};

// The "Available statistics" table of the Reporting API overview (seed 002).
const Formula kFormulas[] = {
    { "average_order_value", QT_TRANSLATE_NOOP("kx::ReportLabels", "Average order value"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Conversion value / Conversion") },
    { "bounce_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Bounce rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "(Bounced emails + Bounced pushes) / (Received emails + Received pushes + Bounced emails + Bounced "
            "pushes)") },
    { "bounced", QT_TRANSLATE_NOOP("kx::ReportLabels", "Bounced"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Email bounces + Push bounces") },
    { "bounced_or_failed", QT_TRANSLATE_NOOP("kx::ReportLabels", "Bounced or failed"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Bounced emails + Failed SMS + Bounced pushes") },
    { "bounced_or_failed_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Bounced or failed rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "(Bounced emails + Failed SMS + Bounced pushes) / (Received emails + Received SMS + Received pushes + "
            "Bounced emails + Failed SMS + Bounced pushes)") },
    { "click_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Click rate"),
        QT_TRANSLATE_NOOP(
            "kx::ReportLabels", "(Unique email clicks + Unique SMS clicks) / (Received emails + Received SMS)") },
    { "click_to_open_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Click-to-open rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique email clicks / Unique email opens") },
    { "clicks", QT_TRANSLATE_NOOP("kx::ReportLabels", "Clicks"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Email clicks + SMS clicks") },
    { "clicks_unique", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique clicks"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique email clicks + Unique SMS clicks") },
    { "conversion_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Conversion rate"),
        QT_TRANSLATE_NOOP(
            "kx::ReportLabels", "Unique conversions / (Received emails + Received SMS + Received pushes)") },
    { "conversion_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique conversions"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Count of unique conversions") },
    { "conversion_value", QT_TRANSLATE_NOOP("kx::ReportLabels", "Conversion value"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "Sum of the value for the provided conversion metric (e.g., the sum of transaction totals from Placed "
            "Order "
            "events)") },
    { "conversions", QT_TRANSLATE_NOOP("kx::ReportLabels", "Conversions"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "Count of events for the provided conversion metric (e.g., the count of Placed Order events)") },
    { "delivered", QT_TRANSLATE_NOOP("kx::ReportLabels", "Delivered"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Received emails + Received SMS + Received pushes") },
    { "delivery_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Delivery rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "(Received emails + Received SMS + Bounced pushes) / (Received emails + Received SMS + Received pushes + "
            "Bounced emails + Failed SMS + Bounced pushes)") },
    { "failed", QT_TRANSLATE_NOOP("kx::ReportLabels", "Failed"), QT_TRANSLATE_NOOP("kx::ReportLabels", "Failed SMS") },
    { "failed_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Failed rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Failed SMS / (Received SMS + Failed SMS)") },
    { "message_segment_count_sum", QT_TRANSLATE_NOOP("kx::ReportLabels", "SMS segments"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Sum of the message segments of the text messages sent") },
    { "open_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Open rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "(Unique email opens + Unique push opens) / (Received emails + Received push uniques)") },
    { "opens", QT_TRANSLATE_NOOP("kx::ReportLabels", "Opens"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Email opens + Push opens") },
    { "opens_unique", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique opens"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique email opens + Unique push opens") },
    { "recipients", QT_TRANSLATE_NOOP("kx::ReportLabels", "Recipients"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "Received emails + Received SMS + Received pushes + Bounced emails + Failed SMS + Bounced pushes") },
    { "revenue_per_recipient", QT_TRANSLATE_NOOP("kx::ReportLabels", "Revenue per recipient"),
        QT_TRANSLATE_NOOP(
            "kx::ReportLabels", "Conversion value / (Received emails + Received SMS + Received pushes)") },
    { "spam_complaint_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Spam complaint rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Email spam / Received emails") },
    { "spam_complaints", QT_TRANSLATE_NOOP("kx::ReportLabels", "Spam complaints"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Count of spam complaints") },
    { "text_message_credit_usage_amount", QT_TRANSLATE_NOOP("kx::ReportLabels", "SMS credits used"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Text message credits used by the messages sent") },
    { "text_message_roi", QT_TRANSLATE_NOOP("kx::ReportLabels", "SMS return on spend"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Conversion value / Text message spend") },
    { "text_message_spend", QT_TRANSLATE_NOOP("kx::ReportLabels", "SMS spend"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "What the text messages sent cost") },
    { "unsubscribe_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unsubscribe rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "(Unique email unsubscribes + Unique SMS unsubscribes) / (Received emails + Received SMS)") },
    { "unsubscribe_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique unsubscribes"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Count of unique unsubscribes") },
    { "unsubscribes", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unsubscribes"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Count of unsubscribes") },
    { "viewed_form", QT_TRANSLATE_NOOP("kx::ReportLabels", "Form views"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of times the form was viewed.") },
    { "viewed_form_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique form views"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The number of times a form was viewed by unique users.") },
    { "submits", QT_TRANSLATE_NOOP("kx::ReportLabels", "Submits"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of form submissions.") },
    { "submit_rate", QT_TRANSLATE_NOOP("kx::ReportLabels", "Submit rate"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The rate of form submissions over form views.") },
    { "closed_form", QT_TRANSLATE_NOOP("kx::ReportLabels", "Form closes"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of times a form was closed.") },
    { "closed_form_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique form closes"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The number of times a form was closed by unique users.") },
    { "qualified_form", QT_TRANSLATE_NOOP("kx::ReportLabels", "Qualified"),
        QT_TRANSLATE_NOOP("kx::ReportLabels",
            "The total number of times a user qualified to view the form (such as in an A/B testing scenario).") },
    { "qualified_form_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique qualified"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The number of times a unique user was qualified to view the form.") },
    { "viewed_form_step", QT_TRANSLATE_NOOP("kx::ReportLabels", "Step views"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of times a form step is viewed by a user.") },
    { "viewed_form_step_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique step views"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The number of times a form step is viewed by unique users.") },
    { "submitted_form_step", QT_TRANSLATE_NOOP("kx::ReportLabels", "Steps submitted"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of times a form step is completed by a user.") },
    { "submitted_form_step_uniques", QT_TRANSLATE_NOOP("kx::ReportLabels", "Unique steps submitted"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The number of times a form step is completed by unique users.") },
    { "total_members", QT_TRANSLATE_NOOP("kx::ReportLabels", "Total members"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "The total number of profiles included in the segment.") },
    { "members_added", QT_TRANSLATE_NOOP("kx::ReportLabels", "Members added"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Profiles added to the segment") },
    { "members_removed", QT_TRANSLATE_NOOP("kx::ReportLabels", "Members removed"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Profiles removed from the segment.") },
    { "net_members_changed", QT_TRANSLATE_NOOP("kx::ReportLabels", "Net change"),
        QT_TRANSLATE_NOOP("kx::ReportLabels", "Net number of profiles changed.") },
};

const Formula* findFormula(const QString& statistic)
{
    for (const Formula& f : kFormulas) {
        if (statistic == QLatin1StringView(f.statistic))
            return &f;
    }
    return nullptr;
}

QString readable(const QString& apiName)
{
    QString text = apiName;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString typeLabel(ReportType type)
{
    switch (type) {
    case ReportType::CampaignValues:
        return Text::tr("Campaign values");
    case ReportType::FlowValues:
        return Text::tr("Flow values");
    case ReportType::FlowSeries:
        return Text::tr("Flow series");
    case ReportType::FormValues:
        return Text::tr("Form values");
    case ReportType::FormSeries:
        return Text::tr("Form series");
    case ReportType::SegmentValues:
        return Text::tr("Segment values");
    case ReportType::SegmentSeries:
        return Text::tr("Segment series");
    }
    return {};
}

QString statisticLabel(const QString& statistic)
{
    if (const Formula* f = findFormula(statistic))
        return Text::tr(f->label);
    return readable(statistic);
}

QString statisticFormula(const QString& statistic)
{
    if (const Formula* f = findFormula(statistic))
        return Text::tr(f->formula);
    return {};
}

bool isRate(const QString& statistic)
{
    return statistic.endsWith(u"_rate");
}

QString timeframeLabel(const QString& key)
{
    static const struct
    {
        const char* key;
        const char* label;
    } labels[] = {
        { "today", QT_TRANSLATE_NOOP("kx::ReportLabels", "Today") },
        { "yesterday", QT_TRANSLATE_NOOP("kx::ReportLabels", "Yesterday") },
        { "this_week", QT_TRANSLATE_NOOP("kx::ReportLabels", "This week") },
        { "last_week", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last week") },
        { "last_7_days", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 7 days") },
        { "this_month", QT_TRANSLATE_NOOP("kx::ReportLabels", "This month") },
        { "last_month", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last month") },
        { "last_30_days", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 30 days") },
        { "last_90_days", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 90 days") },
        { "last_3_months", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 3 months") },
        { "this_year", QT_TRANSLATE_NOOP("kx::ReportLabels", "This year") },
        { "last_year", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last year") },
        { "last_12_months", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 12 months") },
        { "last_365_days", QT_TRANSLATE_NOOP("kx::ReportLabels", "Last 365 days") },
    };
    for (const auto& l : labels) {
        if (key == QLatin1StringView(l.key))
            return Text::tr(l.label);
    }
    return readable(key);
}

QString intervalLabel(const QString& interval)
{
    if (interval == u"hourly")
        return Text::tr("Hourly");
    if (interval == u"daily")
        return Text::tr("Daily");
    if (interval == u"weekly")
        return Text::tr("Weekly");
    if (interval == u"monthly")
        return Text::tr("Monthly");
    return readable(interval);
}

QString groupingLabel(const QString& key)
{
    static const struct
    {
        const char* key;
        const char* label;
    } labels[] = {
        { "campaign_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Campaign") },
        { "campaign_message_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Campaign message") },
        { "campaign_message_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Campaign message name") },
        { "flow_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Flow") },
        { "flow_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Flow name") },
        { "flow_message_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Flow message") },
        { "flow_message_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Flow message name") },
        { "form_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Form") },
        { "form_version_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Form version") },
        { "segment_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Segment") },
        { "send_channel", QT_TRANSLATE_NOOP("kx::ReportLabels", "Channel") },
        { "tag_id", QT_TRANSLATE_NOOP("kx::ReportLabels", "Tag") },
        { "tag_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Tag name") },
        { "group", QT_TRANSLATE_NOOP("kx::ReportLabels", "Group") },
        { "group_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Group name") },
        { "variation", QT_TRANSLATE_NOOP("kx::ReportLabels", "Variation") },
        { "variation_name", QT_TRANSLATE_NOOP("kx::ReportLabels", "Variation name") },
        { "text_message_format", QT_TRANSLATE_NOOP("kx::ReportLabels", "Text message format") },
    };
    for (const auto& l : labels) {
        if (key == QLatin1StringView(l.key))
            return Text::tr(l.label);
    }
    return readable(key);
}

QStringList defaultStatistics(ReportType type)
{
    switch (type) {
    case ReportType::CampaignValues:
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        return { u"recipients"_s, u"opens_unique"_s, u"open_rate"_s, u"clicks_unique"_s, u"click_rate"_s,
            u"conversion_value"_s };
    case ReportType::FormValues:
    case ReportType::FormSeries:
        return { u"viewed_form"_s, u"submits"_s, u"submit_rate"_s };
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        return { u"total_members"_s, u"members_added"_s, u"members_removed"_s, u"net_members_changed"_s };
    }
    return {};
}

} // namespace kx::reportlabels
