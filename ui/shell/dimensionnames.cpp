// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionnames.h"

#include "accountsession.h"
#include "results/aggregateresult.h"

#include <QHash>
#include <QSet>

#include <map>

namespace kx {

std::optional<NameKind> nameKindForDimension(const QString& dimension, const QString& value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (dimension == u"$flow" || dimension == u"$attributed_flow")
        return NameKind::Flow;
    if (dimension == u"form_id")
        return NameKind::Form;
    if (dimension == u"$message" || dimension == u"$attributed_message")
        return value.size() == 26 ? NameKind::Campaign : NameKind::FlowMessage;
    return std::nullopt;
}

EndpointFamily familyForNameKind(NameKind kind)
{
    switch (kind) {
    case NameKind::Flow:
    case NameKind::FlowMessage:
        return EndpointFamily::Flows;
    case NameKind::Campaign:
    case NameKind::CampaignMessage:
        return EndpointFamily::Campaigns;
    case NameKind::Form:
        return EndpointFamily::Forms;
    case NameKind::Segment:
        return EndpointFamily::Segments;
    case NameKind::List:
        return EndpointFamily::Lists;
    }
    return EndpointFamily::Metrics;
}

int queueUnknownNames(const AggregateResult& result, const AccountSession& session, NameLookup* lookup)
{
    std::map<NameKind, QStringList> ids;
    QSet<QString> seen;
    for (qsizetype d = 0; d < result.by.size(); ++d) {
        for (const AggregateResult::Group& group : result.groups) {
            const QString& value = group.dimensions.value(d);
            const auto kind = nameKindForDimension(result.by[d], value);
            if (!kind || session.hasCachedName(*kind, value)
                || (*kind == NameKind::Campaign && session.hasCachedName(NameKind::FlowMessage, value)))
                continue;
            if (session.scopeState(familyForNameKind(*kind)) == ScopeCheck::State::Missing)
                continue;
            const QString key = QString::number(int(*kind)) + u':' + value;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ids[*kind].append(value);
        }
    }
    int count = 0;
    for (const auto& [kind, list] : ids) {
        lookup->addIds(kind, list);
        count += int(list.size());
    }
    return count;
}

} // namespace kx
