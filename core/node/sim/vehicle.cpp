#include "node/sim/vehicle.h"

#include "node/sim/calendar.h"
#include "node/sim/chemistry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pp::node::sim {

namespace {

constexpr double kTickS = 30;
constexpr double kMetresPerDegree = 111'320;
constexpr double kVanMassKg = 4500;
constexpr double kCellResistanceOhm = 0.0008;  // a 150 Ah prismatic LFP cell
constexpr int kProbes = 16;

// GB/T 32960.3 general alarm bits.
constexpr std::uint32_t kHighBatteryTemperature = 1u << 1, kLowSoc = 1u << 4,
                        kInsulation = 1u << 11;

// Gear byte: bits 0-3 the gear (14 drive, 15 park), bit 5 driving force present.
constexpr std::uint8_t kGearDrive = 0x0E | 0x20, kGearPark = 0x0F;

std::uint8_t offset40(double celsius)
{
    return static_cast<std::uint8_t>(std::clamp(std::lround(celsius + 40), 0L, 250L));
}

std::uint16_t clampU16(double v)
{
    return static_cast<std::uint16_t>(std::clamp(std::lround(v), 0L, 65533L));
}

}  // namespace

Van::Van(VanSpec spec, QByteArrayView seed, QByteArrayView stream)
    : spec_(std::move(spec)), random_(seed, stream)
{
    odometerKm_ = spec_.startOdometerKm;
    weakCell_ = random_.integer(1, spec_.seriesCells);
    hotProbe_ = random_.integer(1, kProbes);
}

cbor::Value Van::registrationMeta() const
{
    std::vector<std::pair<const char*, cbor::Value>> keys = {
        {"vin", cbor::Value::text(QString::fromLatin1(spec_.vin))},
        {"battery_capacity_wh",
         cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.batteryKwh * 1000))},
        {"depot", cbor::Value::text(QString::fromLatin1(spec_.weather->site().name))},
        {"depot_lat_e6", cbor::Value::integer(std::llround(spec_.depotLatitude * 1e6))},
        {"depot_lon_e6", cbor::Value::integer(std::llround(spec_.depotLongitude * 1e6))}};
    if (spec_.frameKey)
        keys.emplace_back("frame_key", cbor::Value::bytes(spec_.frameKey->publicKey().spkiDer()));
    return sim::registrationMeta(spec_.info, keys);
}

double Van::packVoltage() const
{
    return spec_.seriesCells * openCircuitVoltage(Chemistry::Lfp, soc_);
}

void Van::planDay(std::int64_t nowMs)
{
    const CivilTime local = beijingTime(nowMs);
    workingDay_ = local.weekday != 0 || random_.chance(0.3);  // most Sundays off
    const std::int64_t midnight = beijingDayStart(nowMs);
    departMs_ = midnight + static_cast<std::int64_t>(random_.uniform(7.5, 8.75) * kHourMs);
    targetKmToday_ =
        workingDay_ ? std::clamp(random_.normal(spec_.dailyKm, 0.15 * spec_.dailyKm), 80.0, 245.0)
                    : 0;
    kmToday_ = 0;
    hadLunch_ = false;
}

void Van::chooseNextStop(double hour)
{
    const double homeKm = (std::abs(x_) + std::abs(y_)) / 1000;
    if (kmToday_ + homeKm >= targetKmToday_ - 2 || hour >= 18.5 || soc_ < 0.22) {
        targetX_ = targetY_ = 0;
        headingHome_ = true;
    } else {
        // The next customer, a few kilometres on, staying within the depot's district.
        for (int attempt = 0; attempt < 8; ++attempt) {
            const double angle = random_.uniform(0, 2 * std::numbers::pi);
            const double r = random_.uniform(1200, 5000);
            targetX_ = x_ + r * std::cos(angle);
            targetY_ = y_ + r * std::sin(angle);
            if (std::hypot(targetX_, targetY_) < 18'000)
                break;
            targetX_ = x_ * 0.5;  // drifted too far: come back towards the depot
            targetY_ = y_ * 0.5;
        }
    }
    eastFirst_ = random_.chance(0.5);
}

void Van::tick(std::int64_t nowMs, double seconds)
{
    const double hour = beijingTime(nowMs).hourOfDay();
    const double ambient = spec_.weather->temperature(hour);
    powerKw_ = 0;
    switch (mode_) {
        case Mode::Parked:
            if (workingDay_ && nowMs >= departMs_ && kmToday_ < targetKmToday_ - 5 && soc_ > 0.3 &&
                hour < 17) {
                mode_ = Mode::Driving;
                headingHome_ = false;
                chooseNextStop(hour);
            }
            break;
        case Mode::Delivering:
            if (nowMs >= busyUntilMs_) {
                mode_ = Mode::Driving;
                chooseNextStop(hour);
            }
            break;
        case Mode::Charging:
            if (nowMs >= busyUntilMs_) {  // charging waits for the off-peak tariff
                powerKw_ = -chargeKw_;
                soc_ += chargeKw_ * 0.95 * seconds / 3600 / (spec_.batteryKwh * soh_);
                if (soc_ >= chargeTo_) {
                    soc_ = std::min(soc_, 1.0);
                    mode_ = Mode::Parked;
                }
            }
            break;
        case Mode::Driving: {
            double target = 0;
            if (redLightTicks_ > 0) {
                --redLightTicks_;
            } else if (random_.chance(0.08)) {
                redLightTicks_ = random_.integer(1, 3);
            } else {
                const double remaining = std::abs(targetX_ - x_) + std::abs(targetY_ - y_);
                target = remaining < 300 ? 15 : std::clamp(random_.normal(40, 9), 15.0, 65.0);
            }
            const double before = speedKmh_;
            speedKmh_ = 0.4 * speedKmh_ + 0.6 * target;
            double metres = (before + speedKmh_) / 2 / 3.6 * seconds;
            const double km = metres / 1000;
            // Along the street grid: one axis, then the other.
            for (int leg = 0; leg < 2 && metres > 0; ++leg) {
                const bool east = (leg == 0) == eastFirst_;
                double& pos = east ? x_ : y_;
                const double goal = east ? targetX_ : targetY_;
                const double move = std::min(metres, std::abs(goal - pos));
                pos += goal > pos ? move : -move;
                metres -= move;
            }
            odometerKm_ += km;
            kmToday_ += km;
            // Rolling and air resistance at speed, plus heating or cooling the cab, plus the
            // kinetic energy of speeding up (60 % of it recovered when braking).
            const double hvac = ambient < 8 ? 2.5 * (8 - ambient) / 20 : ambient > 28 ? 1.5 : 0.3;
            const double dv = (speedKmh_ - before) / 3.6;
            const double kinetic =
                kVanMassKg * dv * (speedKmh_ + before) / 2 / 3.6 / seconds / 1000;
            powerKw_ = spec_.consumptionKwhPerKm * speedKmh_ + hvac +
                       (kinetic > 0 ? kinetic : 0.6 * kinetic);
            soc_ = std::max(0.02, soc_ - powerKw_ * seconds / 3600 / (spec_.batteryKwh * soh_));
            if (x_ == targetX_ && y_ == targetY_ && target <= 15) {
                speedKmh_ = 0;
                if (headingHome_) {
                    headingHome_ = false;
                    const bool dayDone = kmToday_ >= targetKmToday_ - 5 || hour >= 17;
                    mode_ = Mode::Charging;
                    // A midday top-up on the depot's DC charger; at night the AC charger
                    // waits for the 23:00 off-peak tariff.
                    chargeKw_ = dayDone ? 20 : 40;
                    chargeTo_ = dayDone ? 1.0 : 0.85;
                    const std::int64_t midnight = beijingDayStart(nowMs);
                    busyUntilMs_ = dayDone ? midnight + 23 * kHourMs : nowMs;
                    if (!dayDone || soc_ < 0.97)
                        break;
                    mode_ = Mode::Parked;
                } else {
                    mode_ = Mode::Delivering;
                    double minutes = random_.uniform(4, 12);
                    if (hour >= 11.75 && !hadLunch_) {
                        minutes += 45;
                        hadLunch_ = true;
                    }
                    busyUntilMs_ = nowMs + static_cast<std::int64_t>(minutes * kMinuteMs);
                }
            }
            break;
        }
    }
    // The pack warms with current and when charging; motors with load.
    const bool running = mode_ == Mode::Driving;
    const double packTarget = ambient + std::abs(powerKw_) / 40 * 10;
    packTemperature_ += (packTarget - packTemperature_) * seconds / 2400;
    const double motorTarget = ambient + (running ? 15 + std::abs(powerKw_) / 60 * 40 : 0);
    motorTemperature_ += (motorTarget - motorTemperature_) * seconds / 600;
    if (nowMs >= insulationFaultUntilMs_ && random_.chance(2.0 / 365 / 2880))
        insulationFaultUntilMs_ =
            nowMs + static_cast<std::int64_t>(random_.uniform(5, 30) * kMinuteMs);
}

records::gbt32960::Packet Van::packet(std::int64_t nowMs)
{
    namespace g = records::gbt32960;
    const CivilTime local = beijingTime(nowMs);
    const bool driving = mode_ == Mode::Driving;
    const double voltage = packVoltage();
    const double current = powerKw_ * 1000 / voltage;  // discharge positive
    const double cellBase = voltage / spec_.seriesCells - current * kCellResistanceOhm;

    const bool gb2025 = spec_.edition == g::Edition::Gb2025;
    // The 2025 edition moved the offsets of currents (-3000 A), motor speed (-32000 rpm)
    // and torque (a DWORD from -20000 N·m).
    const double currentOffset = gb2025 ? 3000 : 1000;
    g::Packet p;
    p.edition = spec_.edition;
    p.vin = spec_.vin;
    p.time = {local.year, local.month, local.day, local.hour, local.minute, local.second};

    g::VehicleUnit v;
    v.state = driving ? 1 : 2;
    v.charging = driving ? 3 : soc_ >= chargeTo_ ? 4 : 1;
    v.mode = 1;  // pure electric
    v.speed = clampU16(speedKmh_ * 10);
    const double reportedKm =
        odometerKm_ - (spec_.lie == VehicleLie::OdometerRollback && nowMs >= spec_.lieFromMs
                           ? spec_.rollbackKm
                           : 0);
    v.odometer = static_cast<std::uint32_t>(std::max(0.0, reportedKm) * 10);
    v.voltage = clampU16(voltage * 10);
    v.current = clampU16((current + currentOffset) * 10);
    v.soc = static_cast<std::uint8_t>(std::lround(soc_ * 100));
    v.dcdc = driving ? 1 : 2;
    v.gear = driving ? kGearDrive : kGearPark;
    const bool insulationFault = nowMs < insulationFaultUntilMs_;
    v.insulation =
        clampU16(insulationFault ? random_.uniform(280, 450) : random_.uniform(2500, 5000));
    if (!gb2025) {
        v.accelerator = static_cast<std::uint8_t>(std::clamp(powerKw_ / 60 * 100, 0.0, 100.0));
        v.brake = static_cast<std::uint8_t>(driving && powerKw_ < 0 ? 30 : 0);
    }
    p.vehicle = v;

    g::MotorUnit m;
    const double rpm = speedKmh_ / 3.6 / 2.0 * 60 * 9.7;  // 2 m wheel circumference, 9.7:1
    const double omega = std::max(rpm, 1.0) * 2 * std::numbers::pi / 60;
    m.state = !driving ? 3 : powerKw_ >= 0 ? 1 : 2;  // consuming, generating, off
    m.controllerTemp = offset40(motorTemperature_ - 5);
    const double torqueNm = driving ? powerKw_ * 1000 / omega : 0;
    m.speed = clampU16(rpm + (gb2025 ? 32000 : 20000));
    m.torque = gb2025 ? static_cast<std::uint32_t>(std::lround(torqueNm * 10 + 200000))
                      : clampU16(torqueNm * 10 + 20000);
    m.motorTemp = offset40(motorTemperature_);
    if (!gb2025) {
        m.controllerVoltage = v.voltage;
        m.controllerCurrent = clampU16((driving ? current : 0) * 10 + 10000);
    }
    p.motors.push_back(m);

    const double lat = spec_.depotLatitude + y_ / kMetresPerDegree;
    const double lon =
        spec_.depotLongitude +
        x_ / (kMetresPerDegree * std::cos(spec_.depotLatitude * std::numbers::pi / 180));
    g::PositionUnit pos;
    pos.status = random_.chance(0.005) ? 1 : 0;  // now and then no fix (tunnels, flyovers)
    pos.longitude = static_cast<std::uint32_t>(std::lround(lon * 1e6));
    pos.latitude = static_cast<std::uint32_t>(std::lround(lat * 1e6));
    p.position = pos;

    // Cells: one weak cell sags under load; probes: one sits near the busbar.
    g::CellVoltages cells;
    cells.voltage = v.voltage;
    cells.current = v.current;
    cells.totalCells = static_cast<std::uint16_t>(spec_.seriesCells);
    for (int i = 1; i <= spec_.seriesCells; ++i) {
        const double sag = i == weakCell_ ? 0.012 + std::max(0.0, current) * 0.00004 : 0;
        cells.cells.push_back(clampU16((cellBase - sag + random_.normal(0, 0.002)) * 1000));
    }
    g::ProbeTemperatures probes;
    for (int i = 1; i <= kProbes; ++i)
        probes.probes.push_back(
            offset40(packTemperature_ + (i == hotProbe_ ? 2 : 0) + random_.normal(0, 0.6)));

    g::ExtremesUnit x;
    const auto [minCell, maxCell] = std::minmax_element(cells.cells.begin(), cells.cells.end());
    x.maxVoltageCell = static_cast<std::uint8_t>(maxCell - cells.cells.begin() + 1);
    x.maxCellVoltage = *maxCell;
    x.minVoltageCell = static_cast<std::uint8_t>(minCell - cells.cells.begin() + 1);
    x.minCellVoltage = *minCell;
    const auto [minProbe, maxProbe] =
        std::minmax_element(probes.probes.begin(), probes.probes.end());
    x.maxTempProbe = static_cast<std::uint8_t>(maxProbe - probes.probes.begin() + 1);
    x.maxTemp = *maxProbe;
    x.minTempProbe = static_cast<std::uint8_t>(minProbe - probes.probes.begin() + 1);
    x.minTemp = *minProbe;
    if (!gb2025)
        p.extremes = x;  // 2025 has no extremes unit: readers take them from the lists

    g::AlarmUnit a;
    if (soc_ < 0.15)
        a.flags |= kLowSoc;
    if (packTemperature_ > 50)
        a.flags |= kHighBatteryTemperature;
    if (insulationFault)
        a.flags |= kInsulation;
    a.level = insulationFault || packTemperature_ > 50 ? 2 : a.flags ? 1 : 0;
    if (gb2025) {
        for (int bit = 0; bit < 32; ++bit) {
            if ((a.flags & (1u << bit)) != 0)
                a.general.push_back(
                    {static_cast<std::uint8_t>(bit), static_cast<std::uint8_t>(bit == 4 ? 1 : 2)});
        }
    }
    p.alarms = a;

    // The bulky cell and probe lists every tenth packet (every five minutes driving).
    if (packetCount_++ % 10 == 0) {
        p.cellVoltages.push_back(std::move(cells));
        p.temperatures.push_back(std::move(probes));
    }
    return p;
}

QByteArray Van::encoded(const records::gbt32960::Packet& p) const
{
    namespace g = records::gbt32960;
    if (p.edition != g::Edition::Gb2025 || !spec_.frameKey)
        return g::encode(p);
    // Signed over the data unit as encoded without the signature unit, which follows it.
    QByteArray unsignedBytes = g::encode(p);
    auto sig = spec_.frameKey->sign(g::signedBytes(unsignedBytes, p));
    if (!sig)
        return unsignedBytes;  // a terminal whose key fails sends its data unsigned
    g::Packet signedPacket = p;
    signedPacket.signature = g::TerminalSignature{crypto::FrameSm2, sig->left(32), sig->mid(32)};
    return g::encode(signedPacket);
}

void Van::simulateHour(std::int64_t hourStartMs, HourOutput& out)
{
    if (!started_) {
        started_ = true;
        soc_ = random_.uniform(0.85, 1.0);
        soh_ = std::clamp(
            1.0 - 0.02 * (hourStartMs - spec_.info.commissionedMs) / (365.25 * kDayMs), 0.85, 1.0);
        packTemperature_ = motorTemperature_ = spec_.weather->temperature(0);
        planDay(hourStartMs);
    }
    records::RecordBody body;
    body.type = records::RecordType::VehicleBatch;
    int tickInHour = 0;
    for (std::int64_t now = hourStartMs; now < hourStartMs + kHourMs;
         now += static_cast<std::int64_t>(kTickS * 1000), ++tickInHour) {
        const CivilTime local = beijingTime(now);
        if (local.hour == 0 && local.minute == 0 && local.second == 0)
            planDay(now);
        tick(now, kTickS);
        const bool charging = mode_ == Mode::Charging && powerKw_ < 0;
        if (mode_ == Mode::Driving || (charging && tickInHour % 2 == 0)) {
            if (body.binarySamples.empty())
                body.timeMs = static_cast<std::uint64_t>(now);
            body.binarySamples.push_back(encoded(packet(now)));
        }
    }
    if (!body.binarySamples.empty())
        out.push_back(std::move(body));
}

}  // namespace pp::node::sim
