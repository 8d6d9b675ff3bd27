#pragma once

#include "common/result.h"
#include "crypto/private_key.h"
#include "node/sim/device.h"
#include "node/sim/weather.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace pp::node::sim {

// What a device does wrong, beyond what its model lies about in its samples; the
// simulation carries these out on the ledger side.
struct Misconduct
{
    std::int64_t lostRecordsFromMs = -1;  // loses records here: a seq gap on the chain
    int lostRecords = 0;
    std::int64_t revokedAtMs = -1;  // its registration is revoked here
    std::int64_t replayAtMs = -1;   // re-sends its first record here (refused)
};

struct FleetDevice
{
    QByteArray deviceId;  // 16 bytes
    crypto::PrivateKey key;
    std::unique_ptr<SimulatedDevice> device;
    Misconduct misconduct;
    QJsonObject truth;  // the ground-truth entry: what is honest and what is not
};

struct FleetOptions
{
    int pv = 20, batteries = 60, vehicles = 10;
    // Vans, from the fourth on, whose terminals send the GB/T 32960.3-2025 edition and sign
    // each packet with an SM2 frame key their registration carries. Each costs the
    // simulation and every sync about 70 s of CPU time a van-year (an SM2 signature and
    // verification a packet).
    int vans2025 = 1;
    std::int64_t startMs = 0;  // 00:00 Beijing time of the first day
    int days = 365;
    QByteArray seed = "powerproof";
    crypto::SigAlg deviceAlg = crypto::SigAlg::Ed25519;
};

// The simulated fleet: PV stations at real sites, riders' swap packs and stationary
// packs, vans at their depots, each with its own key and registration, and a few
// dishonest or faulty ones (listed in each device's truth). All of it is a function of
// the options.
struct Fleet
{
    std::map<const Site*, std::unique_ptr<SiteWeather>> weather;
    std::vector<FleetDevice> devices;

    static Result<Fleet> create(const FleetOptions& options);
    // Advances every site's weather to the local day that starts at `midnightMs`.
    void beginDay(std::int64_t midnightMs);
};

}  // namespace pp::node::sim
