// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/namelookup.h"

#include <QString>

#include <optional>

namespace kx {

class AccountSession;
struct AggregateResult;

/**
 * Which kind of Klaviyo object a dimension value names, so the id can be shown as a name:
 * `$flow`/`$attributed_flow` → flow, `form_id` → form, `$message`/`$attributed_message` → a
 * campaign when the id is a 26-character ULID (campaign events carry the campaign id), else a
 * flow message [INF: Klaviyo documents no rule; this matches the ids the API hands out].
 * Nothing for dimensions that are not ids.
 */
std::optional<NameKind> nameKindForDimension(const QString& dimension, const QString& value);

/// The EndpointFamily whose scope a lookup of @p kind needs.
EndpointFamily familyForNameKind(NameKind kind);

/// Queues every id of @p result that has no cached name in @p session into @p lookup, skipping
/// kinds whose scope the key lacks. Returns how many ids were queued.
int queueUnknownNames(const AggregateResult& result, const AccountSession& session, NameLookup* lookup);

} // namespace kx
