#pragma once

#include "analytics/battery/battery_history.h"

#include <QByteArray>

namespace pp::report {

// The battery history report (docs/battery-history.md): an A4 PDF, English beside
// Chinese, of one pack's or van's figures with their charts, the negative events and
// what every figure rests on; each page footed with the chain id and the anchor. Needs a
// QGuiApplication; any thread.
QByteArray renderBatteryReport(const analytics::BatteryHistory& history, const QString& tool);

}  // namespace pp::report
