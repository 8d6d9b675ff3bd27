#pragma once

#include "analytics/battery/battery_history.h"

#include <QJsonObject>

namespace pp::analytics {

// A battery history as JSON, in English, for scripts (`powerproof-cli battery --json`): the
// keys docs/battery-history.md lists. A figure that cannot be given is null, with its
// reason under "<key>_absent"; an empty window has "empty": true and no figures.
QJsonObject batteryHistoryJson(const BatteryHistory& history);

}  // namespace pp::analytics
