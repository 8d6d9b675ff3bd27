#pragma once

#include "node/sim/chemistry.h"
#include "node/sim/device.h"
#include "node/sim/random.h"
#include "node/sim/weather.h"
#include "records/record_body.h"

#include <cstdint>

namespace pp::node::sim {

enum class BatteryUse {
    RiderSwap,   // a delivery rider's scooter pack, charged in a swap cabinet
    Stationary,  // a storage pack charged from rooftop PV by day, discharged at night
};
// A BMS that lies: its cycle counter and SoH are reset to look like a new pack; or, from
// its first day, it reports only a third of the capacity the pack loses (a SoH that never
// rises, so no plausibility check sees it: only the pack's own currents show it).
enum class BatteryLie { None, CycleCounterReset, SohOverstated };

struct BatteryPackSpec
{
    RegistrationInfo info;
    SiteWeather* weather = nullptr;
    BatteryUse use = BatteryUse::RiderSwap;
    Chemistry chemistry = Chemistry::Lfp;
    int seriesCells = 16;  // 48 V class: 16 LFP or 13 NMC; 60 V class: 20 LFP or 16 NMC
    double capacityAh = 30;
    double cellResistanceOhm = 0.0025;  // new, at 25 °C
    int ratedCycles = 3000;             // to 80 % SoH
    bool developsImbalance = false;     // a weak cell drifts: faulty, not dishonest
    // Abused, not dishonest: charged in an unheated outdoor cabinet, winter and all.
    bool chargedInTheCold = false;
    BatteryLie lie = BatteryLie::None;
    std::int64_t lieFromMs = 0;
};

// A battery pack as its BMS reports it (spec §7 type 11 samples): every 60 s while it
// charges or discharges and every 30 minutes at rest, uploaded hourly. Riders' packs do
// two to four cycles a day around the lunch and dinner peaks of delivery work; SoC follows
// coulomb counting, voltage the chemistry's open-circuit curve plus IR drop, temperature
// the season, the load and the sun on the scooter. Capacity fades with calendar time and
// with cycles, both faster when hot, cycling faster when deep; the BMS re-estimates SoH
// at each full charge.
class BatteryPack : public SimulatedDevice
{
public:
    BatteryPack(BatteryPackSpec spec, QByteArrayView seed, QByteArrayView stream);

    records::AssetClass assetClass() const override { return records::AssetClass::Battery; }
    cbor::Value registrationMeta() const override;
    QString name() const override { return spec_.info.name; }
    void simulateHour(std::int64_t hourStartMs, HourOutput& out) override;

    const BatteryPackSpec& spec() const { return spec_; }
    double trueSoh() const { return soh_; }
    double equivalentCycles() const { return cycles_; }

private:
    enum class Mode { Rest, Discharge, Charge };
    void start(std::int64_t nowMs);
    void planDay(std::int64_t nowMs);
    void step(std::int64_t nowMs);  // one minute
    void recalibrateSoh();
    double currentFor(std::int64_t nowMs);
    records::BatterySample sample() const;

    BatteryPackSpec spec_;
    Random random_;
    bool started_ = false;
    Mode mode_ = Mode::Rest;
    double soc_ = 0.9, soh_ = 1.0, cycles_ = 0, temperature_ = 20, current_ = 0;
    double reportedSoh_ = 1.0;
    double imbalanceMv_ = 8;
    double swapAt_ = 0.2;  // SoC at which the rider swaps the pack
    int cyclesLeftToday_ = 0;
    std::int64_t nextUseMs_ = 0;    // when the pack leaves the cabinet (or starts cycling)
    std::int64_t chargeAtMs_ = -1;  // when a returned pack is put on charge
    std::int64_t serviceStartMs_ = 0;
    double cycleOffset_ = 0, sohOffset_ = 0;  // what a lying BMS subtracts and adds
    bool lying_ = false;
};

}  // namespace pp::node::sim
