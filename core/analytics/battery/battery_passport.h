#pragma once

#include "analytics/battery/battery_history.h"

#include <QJsonObject>

namespace pp::analytics {

// A battery passport's performance and durability data for one battery, from its verified
// history: keys named as the BatteryPass "product condition" submodel names them where it
// has one (energyThroughput, capacityThroughput, numberOfFullCycles, capacityFade,
// remainingCapacity, negativeEvents, temperatureInformation, stateOfCertifiedEnergy), our
// own otherwise; every value with its unit, and the chain it rests on
// (docs/battery-history.md, "Battery passport").
QJsonObject batteryPassport(const BatteryHistory& history);

}  // namespace pp::analytics
