#include "node/sim/fleet.h"

#include "crypto/hash.h"
#include "node/sim/battery_pack.h"
#include "node/sim/calendar.h"
#include "node/sim/pv_station.h"
#include "node/sim/vehicle.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp::node::sim {

namespace {

constexpr double kYearMs = 365.25 * kDayMs;

const char* const kPvOwners[] = {"Jiangsu Sunrise Energy Co.", "Zhejiang Lvyuan New Energy",
                                 "Huaxia Distributed Solar", "Northwest Clean Power Co."};
const char* const kInverters[][2] = {
    {"Huaxin Power", "HX-KTL"}, {"Tianrui Electric", "TR-G3"}, {"Yangguang Drive", "YG-SG"}};
constexpr std::size_t kFloatInverterMaker = 2;
const char* const kSwapOperators[] = {"Kuaihuan Swap Network", "Xiaoniu Energy Service",
                                      "Chengshi Power Station Co."};
const char* const kCellMakers[] = {"Ningde Cell Tech", "Lishen Pack", "Everpower BMS"};
const char* const kFleetOwners[] = {"Tongcheng Express Logistics", "Lanjing City Delivery",
                                    "Shunfeng Urban Freight"};
const char* const kVanMakers[][2] = {
    {"Jiangling EV", "JE-Van 60"}, {"Dongfeng Light Truck", "EV-Van 5"}, {"Ruichi Auto", "EK05"}};

template <typename T, std::size_t N>
const T& pick(Random& r, const T (&list)[N])
{
    return list[r.integer(0, static_cast<int>(N) - 1)];
}

// ISO 3779 check digit (position 9), as Chinese VINs carry it.
QByteArray withCheckDigit(QByteArray vin)
{
    static const int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    const auto value = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        static const char* const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4,
                                     5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 0; letters[i]; ++i)
            if (letters[i] == c)
                return values[i];
        return 0;
    };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += value(vin[i]) * weights[i];
    vin[8] = sum % 11 == 10 ? 'X' : static_cast<char>('0' + sum % 11);
    return vin;
}

QByteArray makeVin(Random& r, int index)
{
    // WMI "LJV" (China), vehicle descriptors, check digit, model year T (2026) ... serial.
    static const char* const alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    QByteArray vin = "LJV";
    for (int i = 0; i < 5; ++i)
        vin += alphabet[r.integer(0, 32)];
    vin += '0';
    vin += 'S';  // model year 2025
    vin += 'A';  // plant
    vin += QByteArray::number(100000 + index * 37 + r.integer(0, 30)).rightJustified(6, '0');
    return withCheckDigit(vin);
}

// Distinct device indexes for the roles, as far as `count` allows; -1 when it runs out.
std::vector<int> pickRoles(Random& r, int count, int roles)
{
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    for (int i = count - 1; i > 0; --i)
        std::swap(order[static_cast<std::size_t>(i)],
                  order[static_cast<std::size_t>(r.integer(0, i))]);
    order.resize(static_cast<std::size_t>(roles), -1);
    return order;
}

struct Builder
{
    const FleetOptions& o;
    Fleet& fleet;
    Random r;

    SiteWeather* weatherAt(const Site* site)
    {
        auto& w = fleet.weather[site];
        if (!w)
            w = std::make_unique<SiteWeather>(*site, o.seed);
        return w.get();
    }
    // Somewhere in the middle of the simulated period, at an hour.
    std::int64_t midPeriod(double from, double to)
    {
        const double day = std::floor(o.days * r.uniform(from, to));
        return o.startMs + static_cast<std::int64_t>(day) * kDayMs + r.integer(7, 15) * kHourMs;
    }
    std::int64_t commissionedYearsBefore(double low, double high)
    {
        return o.startMs - static_cast<std::int64_t>(r.uniform(low, high) * kYearMs);
    }
    Status add(const QByteArray& stream, std::unique_ptr<SimulatedDevice> device, QJsonObject truth,
               Misconduct misconduct = {})
    {
        auto key =
            crypto::PrivateKey::fromSeed(o.deviceAlg, QByteArray(o.seed + "/device-key/" + stream));
        if (!key)
            return std::move(key).error();
        const Digest id =
            crypto::hash(crypto::HashAlg::Sha256, QByteArray(o.seed + "/device-id/" + stream));
        FleetDevice d{view(id).first(16).toByteArray(), std::move(*key), std::move(device),
                      misconduct, std::move(truth)};
        d.truth.insert(QStringLiteral("device_id"), toHex(d.deviceId));
        d.truth.insert(QStringLiteral("name"), d.device->name());
        fleet.devices.push_back(std::move(d));
        return {};
    }
};

QJsonObject lie(const char* kind, std::int64_t fromMs, const char* expected, QString detail)
{
    return {{QStringLiteral("kind"), QString::fromLatin1(kind)},
            {QStringLiteral("from_ms"), static_cast<double>(fromMs)},
            {QStringLiteral("expected_finding"), QString::fromLatin1(expected)},
            {QStringLiteral("detail"), detail}};
}

}  // namespace

Result<Fleet> Fleet::create(const FleetOptions& o)
{
    Fleet fleet;
    Builder b{o, fleet, Random(o.seed, "fleet")};
    Random roles(o.seed, "roles");

    // PV: about a third commercial plants (0.5-5 MW), the rest rooftops (5-50 kW).
    const auto pvRoles = pickRoles(roles, o.pv, 3);  // above capacity, night, revoked
    for (int i = 0; i < o.pv; ++i) {
        const QByteArray stream = "pv/" + QByteArray::number(i);
        const Site* site = pvSites()[static_cast<std::size_t>(i) % pvSites().size()];
        const bool plant = b.r.chance(0.3);
        PvStationSpec s;
        s.weather = b.weatherAt(site);
        s.dcW = plant ? std::round(b.r.uniform(500, 5000)) * 1000
                      : std::round(b.r.uniform(5, 50) * 10) * 100;
        s.acW = std::round(s.dcW / b.r.uniform(1.1, 1.3) / 100) * 100;
        s.model = s.acW <= 8000 ? 101 : 103;
        s.tiltDeg = std::round(plant ? site->latitude - b.r.uniform(2, 8)
                                     : std::max(5.0, site->latitude - b.r.uniform(8, 20)));
        s.azimuthDeg = std::round(180 + b.r.uniform(-1, 1) * (plant ? 10 : 35));
        s.temperatureCoefficient = -b.r.uniform(0.0034, 0.0040);
        s.noctC = b.r.uniform(43, 47);
        s.systemLoss = b.r.uniform(0.87, 0.92);
        s.inverterEfficiency = b.r.uniform(0.965, 0.985);
        s.degradationPerYear = b.r.uniform(0.004, 0.008);
        s.mppVoltage = plant ? b.r.uniform(950, 1150) : b.r.uniform(520, 680);
        const auto& inverter = pick(b.r, kInverters);
        // One maker's inverters serve SunSpec's float models by default (as Fronius's do).
        if (&inverter == &kInverters[kFloatInverterMaker])
            s.model += 10;
        s.info = {QStringLiteral("%1 %2 %3")
                      .arg(QString::fromLatin1(site->name),
                           plant ? QStringLiteral("PV plant") : QStringLiteral("rooftop PV"))
                      .arg(i + 1, 2, 10, QLatin1Char('0')),
                  QString::fromLatin1(pick(b.r, kPvOwners)), QString::fromLatin1(inverter[0]),
                  QStringLiteral("%1-%2").arg(QString::fromLatin1(inverter[1])).arg(s.acW / 1000),
                  b.commissionedYearsBefore(0.2, 6)};
        QJsonObject truth{{QStringLiteral("class"), QStringLiteral("pv")},
                          {QStringLiteral("site"), QString::fromLatin1(site->key)},
                          {QStringLiteral("capacity_dc_w"), s.dcW},
                          {QStringLiteral("capacity_ac_w"), s.acW},
                          {QStringLiteral("yield_low"), site->yieldLow},
                          {QStringLiteral("yield_high"), site->yieldHigh}};
        QJsonArray lies;
        Misconduct m;
        if (i == pvRoles[0]) {
            s.lie = PvLie::AboveCapacity;
            s.lieFromMs = b.midPeriod(0.3, 0.6);
            lies.append(
                lie("pv_above_capacity", s.lieFromMs, "IMPLAUSIBLE",
                    QStringLiteral("reports 1.8x its output: above its AC rating at noon")));
        } else if (i == pvRoles[1]) {
            s.lie = PvLie::NightGeneration;
            s.lieFromMs = b.midPeriod(0.3, 0.6);
            lies.append(lie("pv_night_generation", s.lieFromMs, "IMPLAUSIBLE",
                            QStringLiteral("reports generation while the sun is down")));
        } else if (i == pvRoles[2]) {
            m.revokedAtMs = b.midPeriod(0.55, 0.75);
            lies.append(lie("key_revoked", m.revokedAtMs, "REVOKED",
                            QStringLiteral("registration revoked; the node refuses its later "
                                           "records")));
        }
        truth.insert(QStringLiteral("honest"), lies.isEmpty());
        truth.insert(QStringLiteral("misconduct"), lies);
        if (auto st = b.add(stream, std::make_unique<PvStation>(s, o.seed, stream), truth, m); !st)
            return st.error();
    }

    // Batteries: one in ten a stationary pack, the rest riders' swap packs.
    // reset, seq gap, imbalance, overstated SoH
    const auto batteryRoles = pickRoles(roles, o.batteries, 4);
    // The abused pack: the first swap pack at the coldest depot, where an unheated cabinet
    // charges below freezing all winter, whose BMS does not lie about its health (a lost
    // record or a drifting cell may come with the abuse).
    const auto coldest = std::min_element(
        depotSites().begin(), depotSites().end(), [](const Site* x, const Site* y) {
            return x->meanTempC - x->seasonalSwingC < y->meanTempC - y->seasonalSwingC;
        });
    int coldRole = -1;
    for (int i = 0; i < o.batteries && coldRole < 0; ++i) {
        const bool swap = i % 10 != 9;  // as `use` is chosen below
        if (swap && depotSites()[static_cast<std::size_t>(i) % depotSites().size()] == *coldest &&
            i != batteryRoles[0] && i != batteryRoles[3])
            coldRole = i;
    }
    for (int i = 0; i < o.batteries; ++i) {
        const QByteArray stream = "battery/" + QByteArray::number(i);
        const Site* site = depotSites()[static_cast<std::size_t>(i) % depotSites().size()];
        BatteryPackSpec s;
        s.weather = b.weatherAt(site);
        s.use = i % 10 == 9 ? BatteryUse::Stationary : BatteryUse::RiderSwap;
        s.chemistry = b.r.chance(0.55) ? Chemistry::Lfp : Chemistry::Nmc;
        const bool lfp = s.chemistry == Chemistry::Lfp;
        const bool sixty = b.r.chance(0.4);
        if (s.use == BatteryUse::Stationary) {
            s.chemistry = Chemistry::Lfp;
            s.seriesCells = 16;
            s.capacityAh = 100;
        } else {
            s.seriesCells = lfp ? (sixty ? 20 : 16) : (sixty ? 16 : 13);
            s.capacityAh = std::round(b.r.uniform(20, 40));
        }
        s.cellResistanceOhm = b.r.uniform(0.0022, 0.0032) * 30 / s.capacityAh;
        s.ratedCycles =
            s.chemistry == Chemistry::Lfp ? b.r.integer(30, 40) * 100 : b.r.integer(10, 15) * 100;
        const bool stationary = s.use == BatteryUse::Stationary;
        s.info = {
            QStringLiteral("%1 %2 %3")
                .arg(QString::fromLatin1(site->name),
                     stationary ? QStringLiteral("storage pack") : QStringLiteral("swap pack"))
                .arg(i + 1, 3, 10, QLatin1Char('0')),
            QString::fromLatin1(pick(b.r, kSwapOperators)),
            QString::fromLatin1(pick(b.r, kCellMakers)),
            QStringLiteral("%1V%2Ah-%3")
                .arg(stationary ? 48 : (sixty ? 60 : 48))
                .arg(s.capacityAh)
                .arg(s.chemistry == Chemistry::Lfp ? QStringLiteral("LFP") : QStringLiteral("NMC")),
            b.commissionedYearsBefore(0, 1.5)};
        QJsonObject truth{{QStringLiteral("class"), QStringLiteral("battery")},
                          {QStringLiteral("site"), QString::fromLatin1(site->key)},
                          {QStringLiteral("use"), stationary ? QStringLiteral("stationary")
                                                             : QStringLiteral("rider_swap")}};
        QJsonArray lies, faults, abuse;
        Misconduct m;
        if (i == batteryRoles[0]) {
            s.lie = BatteryLie::CycleCounterReset;
            s.lieFromMs = b.midPeriod(0.4, 0.7);
            lies.append(lie("battery_cycle_counter_reset", s.lieFromMs, "IMPLAUSIBLE",
                            QStringLiteral("cycle counter and SoH reset to look new")));
        } else if (i == batteryRoles[1]) {
            m.lostRecordsFromMs = b.midPeriod(0.3, 0.6);
            m.lostRecords = b.r.integer(3, 9);
            lies.append(lie("lost_records", m.lostRecordsFromMs, "SEQ_GAP",
                            QStringLiteral("%1 records lost: a gap in seq").arg(m.lostRecords)));
        } else if (i == batteryRoles[2]) {
            s.developsImbalance = true;  // faulty but honest: its data are true
            faults.append(QStringLiteral("a weak cell drifts: cell imbalance fault flags"));
        } else if (i == batteryRoles[3] && s.use == BatteryUse::RiderSwap) {
            // No protocol finding can see this lie; the battery history does (issue 22).
            s.lie = BatteryLie::SohOverstated;
            s.lieFromMs = o.startMs;
            lies.append(lie("battery_soh_overstated", s.lieFromMs, "BATTERY_HISTORY",
                            QStringLiteral("reports a third of the capacity it loses")));
        }
        if (i == coldRole) {
            s.chargedInTheCold = true;
            abuse.append(QStringLiteral("charged below freezing in an unheated outdoor cabinet"));
        }
        truth.insert(QStringLiteral("honest"), lies.isEmpty());
        truth.insert(QStringLiteral("misconduct"), lies);
        truth.insert(QStringLiteral("faults"), faults);
        truth.insert(QStringLiteral("abuse"), abuse);  // honest data of a badly used pack
        if (auto st = b.add(stream, std::make_unique<BatteryPack>(s, o.seed, stream), truth, m);
            !st)
            return st.error();
    }

    const auto vehicleRoles = pickRoles(roles, o.vehicles, 2);  // rollback, replay
    for (int i = 0; i < o.vehicles; ++i) {
        const QByteArray stream = "vehicle/" + QByteArray::number(i);
        const Site* site = depotSites()[static_cast<std::size_t>(i) % depotSites().size()];
        VanSpec s;
        s.weather = b.weatherAt(site);
        s.vin = makeVin(b.r, i);
        s.batteryKwh = std::round(b.r.uniform(40, 80));
        s.seriesCells = b.r.integer(100, 112);
        // The depot, a few kilometres out of the centre.
        s.depotLatitude = site->latitude + b.r.uniform(-0.06, 0.06);
        s.depotLongitude = site->longitude + b.r.uniform(-0.06, 0.06);
        s.dailyKm = b.r.uniform(110, 200);
        s.consumptionKwhPerKm = b.r.uniform(0.17, 0.23) * (1 + (s.batteryKwh - 40) / 400);
        s.startOdometerKm = std::round(b.r.uniform(5'000, 120'000));
        if (i >= 3 && i < 3 + o.vans2025) {
            s.edition = records::gbt32960::Edition::Gb2025;
            auto frameKey = crypto::PrivateKey::fromSeed(
                crypto::SigAlg::Sm2, QByteArray(o.seed + '/' + stream + "/frame"));
            if (!frameKey)
                return std::move(frameKey).error();
            s.frameKey = std::move(*frameKey);
        }
        const auto& maker = pick(b.r, kVanMakers);
        s.info = {QStringLiteral("%1 van %2")
                      .arg(QString::fromLatin1(site->name))
                      .arg(i + 1, 2, 10, QLatin1Char('0')),
                  QString::fromLatin1(pick(b.r, kFleetOwners)), QString::fromLatin1(maker[0]),
                  QString::fromLatin1(maker[1]), b.commissionedYearsBefore(0.3, 3)};
        QJsonObject truth{{QStringLiteral("class"), QStringLiteral("vehicle")},
                          {QStringLiteral("site"), QString::fromLatin1(site->key)},
                          {QStringLiteral("vin"), QString::fromLatin1(s.vin)},
                          {QStringLiteral("gbt32960_edition"),
                           s.edition == records::gbt32960::Edition::Gb2025 ? 2025 : 2016}};
        QJsonArray lies;
        Misconduct m;
        if (i == vehicleRoles[0]) {
            s.lie = VehicleLie::OdometerRollback;
            s.lieFromMs = b.midPeriod(0.4, 0.7);
            s.rollbackKm = std::round(b.r.uniform(20'000, 40'000));
            s.startOdometerKm = std::max(s.startOdometerKm, s.rollbackKm + 10'000);
            lies.append(lie("vehicle_odometer_rollback", s.lieFromMs, "IMPLAUSIBLE",
                            QStringLiteral("odometer rolled back by %1 km").arg(s.rollbackKm)));
        } else if (i == vehicleRoles[1]) {
            m.replayAtMs = b.midPeriod(0.2, 0.5);
            lies.append(lie("replayed_seq", m.replayAtMs, "REFUSED_BY_NODE",
                            QStringLiteral("re-sends its first record; the node refuses it")));
        }
        truth.insert(QStringLiteral("honest"), lies.isEmpty());
        truth.insert(QStringLiteral("misconduct"), lies);
        if (auto st = b.add(stream, std::make_unique<Van>(s, o.seed, stream), truth, m); !st)
            return st.error();
    }
    return fleet;
}

void Fleet::beginDay(std::int64_t midnightMs)
{
    const CivilTime local = beijingTime(midnightMs);
    for (auto& [site, w] : weather)
        w->beginDay(local.dayOfYear, local.month);
}

}  // namespace pp::node::sim
