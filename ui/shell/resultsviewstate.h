// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace kx {

class ResultsWidget;

/**
 * The look of a document's results as saved in `QueryDocument::view`: chart type, table layout,
 * top N, hidden series and which tab is on show. Reads and sets them through the results widget's
 * own controls, so the widget stays the single owner of its state.
 */
namespace resultsviewstate {

QJsonObject capture(const ResultsWidget* results);
/// Applies what @p view holds; unknown or missing keys leave the widget as it is.
void apply(ResultsWidget* results, const QJsonObject& view);

} // namespace resultsviewstate
} // namespace kx
