// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsviewstate.h"

#include "results/chartbuilder.h"
#include "results/resultchartview.h"
#include "results/resultswidget.h"
#include "results/resulttablemodel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSpinBox>
#include <QTabWidget>

namespace kx::resultsviewstate {

namespace {
const QString kChartType = QStringLiteral("chartType");
const QString kTableLayout = QStringLiteral("tableLayout");
const QString kTopN = QStringLiteral("topN");
const QString kHidden = QStringLiteral("hiddenSeries");
const QString kTab = QStringLiteral("tab");

void selectData(QComboBox* combo, int value)
{
    if (!combo)
        return;
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

QJsonObject capture(const ResultsWidget* results)
{
    QJsonObject view;
    if (const auto* combo = results->findChild<QComboBox*>(QStringLiteral("chartTypeCombo")))
        view.insert(kChartType, ChartBuilder::chartTypeKey(ChartBuilder::ChartType(combo->currentData().toInt())));
    if (const auto* combo = results->findChild<QComboBox*>(QStringLiteral("layoutCombo")))
        view.insert(kTableLayout,
            ResultTableModel::Layout(combo->currentData().toInt()) == ResultTableModel::Layout::Long
                ? QStringLiteral("long")
                : QStringLiteral("wide"));
    if (const auto* spin = results->findChild<QSpinBox*>(QStringLiteral("topNSpin")))
        view.insert(kTopN, spin->value());
    if (const auto* tabs = results->findChild<QTabWidget*>(QStringLiteral("resultTabs")))
        view.insert(kTab, tabs->currentIndex() == 0 ? QStringLiteral("table") : QStringLiteral("chart"));
    QStringList hidden = results->chartView()->hiddenSeries().values();
    hidden.sort();
    view.insert(kHidden, QJsonArray::fromStringList(hidden));
    return view;
}

void apply(ResultsWidget* results, const QJsonObject& view)
{
    if (const auto type = ChartBuilder::chartTypeFromKey(view.value(kChartType).toString()))
        selectData(results->findChild<QComboBox*>(QStringLiteral("chartTypeCombo")), int(*type));
    const QString layout = view.value(kTableLayout).toString();
    if (layout == u"long" || layout == u"wide")
        selectData(results->findChild<QComboBox*>(QStringLiteral("layoutCombo")),
            int(layout == u"long" ? ResultTableModel::Layout::Long : ResultTableModel::Layout::Wide));
    if (view.value(kTopN).isDouble()) {
        if (auto* spin = results->findChild<QSpinBox*>(QStringLiteral("topNSpin")))
            spin->setValue(view.value(kTopN).toInt());
    }
    const QString tab = view.value(kTab).toString();
    if (auto* tabs = results->findChild<QTabWidget*>(QStringLiteral("resultTabs")); tabs && !tab.isEmpty())
        tabs->setCurrentIndex(tab == u"table" ? 0 : 1);
    if (view.value(kHidden).isArray()) {
        QSet<QString> hidden;
        for (const QJsonValue& v : view.value(kHidden).toArray())
            hidden.insert(v.toString());
        results->chartView()->setHiddenSeries(hidden);
    }
}

} // namespace kx::resultsviewstate
