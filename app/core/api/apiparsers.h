// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kx {

/// A metric as GET /api/metrics describes it (digest §3.2). Missing values are empty/invalid.
struct MetricInfo {
    QString id;
    QString name;
    QDateTime created; ///< UTC; invalid when absent or unreadable
    QDateTime updated; ///< UTC; invalid when absent or unreadable
    QString integrationId;
    QString integrationName;     ///< "Shopify", "Klaviyo", "API", …
    QString integrationCategory; ///< "eCommerce", …
    friend bool operator==(const MetricInfo&, const MetricInfo&) = default;
};

/// One page of GET /api/metrics.
struct MetricsPage {
    QList<MetricInfo> metrics;
    QString nextUrl; ///< top-level links.next (a full URL), empty on the last page
};

/// An id with its display name, from a name-lookup endpoint.
struct NamedResource {
    QString id;
    QString name; ///< empty when the resource has no name at that field path (e.g. an SMS message)
    friend bool operator==(const NamedResource&, const NamedResource&) = default;
};

/// One page of a name-lookup collection (flows, campaigns, forms, segments, lists).
struct NamePage {
    QList<NamedResource> items;
    QString nextUrl; ///< top-level links.next, empty on the last page
};

/**
 * Pure JSON → value functions for the small responses of the API (QJsonDocument based; the big
 * aggregate pages have their own simdjson parser in results/). All are thread-safe and tolerate
 * unknown keys, missing optional keys and nulls; they fail (nullopt + translated @p error) only
 * when the document's shape is wrong (not JSON, no `data`, `data` of the wrong type).
 */
namespace apiparsers {

std::optional<MetricsPage> parseMetricsPage(const QByteArray& body, QString* error = nullptr);
std::optional<MetricInfo> parseMetric(const QByteArray& body, QString* error = nullptr);

/**
 * A collection page of named resources. @p nameField is the attribute path of the name,
 * dotted for nested fields ("name", "definition.name", "definition.label").
 */
std::optional<NamePage> parseNamePage(const QByteArray& body, const QString& nameField, QString* error = nullptr);
/// A single named resource (GET /api/<type>/{id}).
std::optional<NamedResource> parseNamedResource(const QByteArray& body, const QString& nameField,
    QString* error = nullptr);

/// Top-level `links.next` of any JSON:API document; empty when absent or null. nullopt when
/// @p body is not a JSON object.
std::optional<QString> parseNextLink(const QByteArray& body, QString* error = nullptr);

/// Reads an API timestamp: with or without fractional seconds, `Z` or `±hh:mm`; invalid otherwise.
QDateTime parseTimestamp(const QString& text);

} // namespace apiparsers
} // namespace kx
