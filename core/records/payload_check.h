#pragma once

#include "common/result.h"
#include "records/record_body.h"

#include <QStringView>

namespace pp::records {

// Spec §7–8: PV samples must decode as SunSpec inverter blocks (models 101–103), vehicle
// samples as GB/T 32960 real-time packets carrying the registered VIN. Battery samples are
// checked by RecordBody::decode already. The error names the sample at fault. Both the node
// (before accepting) and the light node (before believing) ask this.
Status checkPayload(const RecordBody& body, QStringView registeredVin);

}  // namespace pp::records
