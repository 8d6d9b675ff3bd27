#include "node/sim/simulation.h"

#include "common/parallel.h"
#include "node/sim/calendar.h"
#include "records/record.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pp::node::sim {

namespace {

constexpr std::int64_t kUploadDelayMs = 60'000;  // blocks close a minute after the hour

// A record on its way to the ledger and the answer the simulation expects for it.
struct Upload
{
    QByteArray bytes;
    std::size_t device;
    Admission::Status expected = Admission::Accepted;
};

Error simulationError(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

}  // namespace

Simulation::Simulation(const SimulationOptions& options, const Devnet& devnet, Fleet fleet)
    : options_(options),
      registrar_(devnet.registrar),
      chainHash_(devnet.genesis.hashAlg()),
      fleet_(std::move(fleet)),
      nextSeq_(fleet_.devices.size(), 0),
      toLose_(fleet_.devices.size(), 0)
{
    for (std::size_t i = 0; i < fleet_.devices.size(); ++i)
        toLose_[i] = fleet_.devices[i].misconduct.lostRecords;
}

Result<Simulation> Simulation::create(const SimulationOptions& options, const Devnet& devnet)
{
    SimulationOptions o = options;
    // Devices sign with the profile's national algorithm: SM2 on a gm chain.
    o.deviceAlg = devnet.genesis.hashAlg() == crypto::HashAlg::Sm3 ? crypto::SigAlg::Sm2
                                                                   : crypto::SigAlg::Ed25519;
    auto fleet = Fleet::create(o);
    if (!fleet)
        return std::move(fleet).error();
    return Simulation(o, devnet, std::move(*fleet));
}

std::int64_t Simulation::endMs() const
{
    return options_.startMs + options_.days * kDayMs;
}

QByteArray Simulation::identity() const
{
    QJsonObject o{{QStringLiteral("seed"), QString::fromUtf8(options_.seed)},
                  {QStringLiteral("pv"), options_.pv},
                  {QStringLiteral("batteries"), options_.batteries},
                  {QStringLiteral("vehicles"), options_.vehicles},
                  {QStringLiteral("start_ms"), static_cast<double>(options_.startMs)},
                  {QStringLiteral("days"), options_.days}};
    // Chains simulated before the option existed had its default: their identity lacks it.
    if (options_.vans2025 != FleetOptions{}.vans2025)
        o.insert(QStringLiteral("vans_2025"), options_.vans2025);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<std::vector<QByteArray>> Simulation::registrations(std::uint64_t firstSeq) const
{
    std::vector<QByteArray> out;
    const QByteArray kid = registrar_.publicKey().keyId(chainHash_);
    for (std::size_t i = 0; i < fleet_.devices.size(); ++i) {
        const FleetDevice& d = fleet_.devices[i];
        records::RecordBody b;
        b.type = records::RecordType::Registration;
        b.deviceId = d.deviceId;
        b.seq = firstSeq + i;
        b.timeMs = static_cast<std::uint64_t>(options_.startMs);
        b.assetClass = d.device->assetClass();
        b.deviceKey = d.key.publicKey();
        b.meta = d.device->registrationMeta();
        auto signedRecord = records::signRecord(b, registrar_, kid);
        if (!signedRecord)
            return std::move(signedRecord).error();
        out.push_back(std::move(*signedRecord));
    }
    return out;
}

Result<std::vector<std::vector<QByteArray>>> Simulation::simulateHour(std::int64_t hourStartMs,
                                                                      bool sign)
{
    const std::size_t n = fleet_.devices.size();
    if (beijingDayStart(hourStartMs) == hourStartMs || !weatherStarted_)
        fleet_.beginDay(hourStartMs);
    weatherStarted_ = true;
    std::vector<HourOutput> outputs(n);
    parallelFor(
        n, [&](std::size_t i) { fleet_.devices[i].device->simulateHour(hourStartMs, outputs[i]); },
        1);

    std::vector<std::vector<QByteArray>> signedRecords(n);
    std::vector<std::optional<Error>> errors(n);
    parallelFor(
        n,
        [&](std::size_t i) {
            FleetDevice& d = fleet_.devices[i];
            for (records::RecordBody& body : outputs[i]) {
                body.deviceId = d.deviceId;
                if (toLose_[i] > 0 &&
                    static_cast<std::int64_t>(body.timeMs) >= d.misconduct.lostRecordsFromMs) {
                    --toLose_[i];  // signed, then lost on the way: its seq is spent
                    ++nextSeq_[i];
                    continue;
                }
                body.seq = nextSeq_[i]++;
                if (!sign)
                    continue;
                auto bytes = records::signRecord(body, d.key, d.deviceId);
                if (!bytes) {
                    errors[i] = std::move(bytes).error();
                    return;
                }
                signedRecords[i].push_back(std::move(*bytes));
            }
        },
        1);
    for (auto& e : errors)
        if (e)
            return std::move(*e);
    return signedRecords;
}

Result<Simulation::Summary> Simulation::writeHistory(Ledger& ledger, bool replayOnly)
{
    NodeStore& store = ledger.store();
    auto meta = store.meta("simulation");
    if (!meta)
        return std::move(meta).error();
    const QByteArray kid = registrar_.publicKey().keyId(chainHash_);
    std::uint64_t firstHeight = 0, registrarSeq = 0;
    const std::uint64_t hours = static_cast<std::uint64_t>(options_.days) * 24;
    if (replayOnly) {
        const auto complete = [&] {
            if (!*meta)
                return false;
            QJsonObject record = QJsonDocument::fromJson(**meta).object();
            const auto first =
                static_cast<std::uint64_t>(record.value(QStringLiteral("first_height")).toDouble());
            return ledger.tipHeight() >= first + hours;
        };
        if (!complete()) {
            return Error(ErrorKind::Io, "sim.node-running",
                         QT_TRANSLATE_NOOP("Error",
                                           "a node is running on this devnet and the simulated "
                                           "history is not complete: stop the node, run "
                                           "simulate, then start the node again"));
        }
    }
    if (!*meta) {
        auto tip = store.header(ledger.tipHeight());
        if (!tip)
            return std::move(tip).error();
        if (tip->timeMs > static_cast<std::uint64_t>(options_.startMs)) {
            return simulationError("sim.start-before-tip",
                                   QT_TRANSLATE_NOOP("Error",
                                                     "the chain's tip (height %1) is later than "
                                                     "the simulation's start: choose a later "
                                                     "--start"),
                                   {QString::number(ledger.tipHeight())});
        }
        auto last = store.lastSeq(kid);
        if (!last)
            return std::move(last).error();
        firstHeight = ledger.tipHeight() + 1;
        registrarSeq = *last ? **last + 1 : 0;
        QJsonObject record = QJsonDocument::fromJson(identity()).object();
        record.insert(QStringLiteral("first_height"), static_cast<double>(firstHeight));
        record.insert(QStringLiteral("registrar_seq"), static_cast<double>(registrarSeq));
        if (auto st =
                store.setMeta("simulation", QJsonDocument(record).toJson(QJsonDocument::Compact));
            !st)
            return st.error();
    } else {
        QJsonObject record = QJsonDocument::fromJson(**meta).object();
        firstHeight =
            static_cast<std::uint64_t>(record.take(QStringLiteral("first_height")).toDouble());
        registrarSeq =
            static_cast<std::uint64_t>(record.take(QStringLiteral("registrar_seq")).toDouble());
        if (QJsonDocument(record).toJson(QJsonDocument::Compact) != identity()) {
            return simulationError(
                "sim.other-simulation",
                QT_TRANSLATE_NOOP("Error",
                                  "this devnet already holds another "
                                  "simulation (%1)"),
                {QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))});
        }
    }
    // Resuming needs the blocks above the registrations to be ours, hour by hour: a node
    // that ran on an unfinished simulation (posts, idle blocks) makes them impossible to
    // match. Blocks after a finished history are live ones, and welcome.
    if (const std::uint64_t last = std::min(ledger.tipHeight(), firstHeight + hours);
        last > firstHeight) {
        auto header = store.header(last);
        if (!header)
            return std::move(header).error();
        const auto expected = static_cast<std::uint64_t>(
            options_.startMs + static_cast<std::int64_t>(last - firstHeight) * kHourMs +
            kUploadDelayMs);
        if (header->timeMs != expected) {
            return simulationError("sim.foreign-blocks",
                                   QT_TRANSLATE_NOOP("Error",
                                                     "the chain has blocks after height %1 that "
                                                     "this simulation did not write: it cannot "
                                                     "resume on it"),
                                   {QString::number(firstHeight)});
        }
    }
    Summary summary;
    const auto check = [&](const std::vector<Upload>& uploads) -> Status {
        std::vector<QByteArray> bytes;
        bytes.reserve(uploads.size());
        for (const Upload& u : uploads)
            bytes.push_back(u.bytes);
        const std::vector<Admission> answers = ledger.submitBatch(bytes);
        for (std::size_t k = 0; k < uploads.size(); ++k) {
            if (answers[k].status == uploads[k].expected)
                continue;
            return simulationError(
                "sim.unexpected-answer",
                QT_TRANSLATE_NOOP("Error", "the ledger answered %1 (%2) for a record of %3"),
                {QString::number(answers[k].status), answers[k].message,
                 fleet_.devices[uploads[k].device].device->name()});
        }
        return {};
    };

    if (ledger.tipHeight() < firstHeight) {
        auto regs = registrations(registrarSeq);
        if (!regs)
            return std::move(regs).error();
        std::vector<Upload> uploads;
        for (std::size_t i = 0; i < regs->size(); ++i)
            uploads.push_back({(*regs)[i], i});
        if (auto st = check(uploads); !st)
            return st.error();
        if (auto st = ledger.produceBlock(static_cast<std::uint64_t>(options_.startMs)); !st)
            return st.error();
    }
    std::uint64_t revocationSeq = registrarSeq + fleet_.devices.size();

    for (std::int64_t h = 0; h < static_cast<std::int64_t>(hours); ++h) {
        if (options_.cancel && options_.cancel->load())
            return simulationError("sim.cancelled", QT_TRANSLATE_NOOP("Error", "cancelled"));
        const std::int64_t hourStart = options_.startMs + h * kHourMs;
        const std::int64_t hourEnd = hourStart + kHourMs;
        const bool inChain = firstHeight + 1 + static_cast<std::uint64_t>(h) <= ledger.tipHeight();
        auto records = simulateHour(hourStart, !inChain);
        if (!records)
            return std::move(records).error();

        std::vector<Upload> uploads;
        // Revocations go first: the revoked device's records of this hour come after.
        for (std::size_t i = 0; i < fleet_.devices.size(); ++i) {
            const Misconduct& m = fleet_.devices[i].misconduct;
            if (m.revokedAtMs < hourStart || m.revokedAtMs >= hourEnd)
                continue;
            records::RecordBody b;
            b.type = records::RecordType::Revocation;
            b.deviceId = fleet_.devices[i].deviceId;
            b.seq = revocationSeq++;
            b.timeMs = static_cast<std::uint64_t>(m.revokedAtMs);
            b.reason = QStringLiteral("device key compromised; logger replaced");
            if (inChain)
                continue;
            auto bytes = records::signRecord(b, registrar_, kid);
            if (!bytes)
                return std::move(bytes).error();
            uploads.insert(uploads.begin(), {std::move(*bytes), i});
        }
        for (std::size_t i = 0; i < fleet_.devices.size(); ++i) {
            const Misconduct& m = fleet_.devices[i].misconduct;
            const bool revoked = m.revokedAtMs >= 0 && m.revokedAtMs < hourEnd;
            for (QByteArray& bytes : (*records)[i])
                uploads.push_back(
                    {std::move(bytes), i, revoked ? Admission::Revoked : Admission::Accepted});
            if (m.replayAtMs >= hourStart && m.replayAtMs < hourEnd && !inChain) {
                // The device re-sends the first batch it ever sent: the node refuses it.
                auto first = store.deviceRecords(fleet_.devices[i].deviceId, 0, UINT64_MAX, -1, 1);
                if (!first)
                    return std::move(first).error();
                if (!first->empty())
                    uploads.push_back({first->front().bytes, i, Admission::BadSequence});
            }
        }
        if (inChain) {
            ++summary.hoursResumed;
            continue;
        }
        for (const Upload& u : uploads)
            summary.refusedAsExpected += u.expected != Admission::Accepted ? 1 : 0;
        summary.recordsWritten += uploads.size();
        if (auto st = check(uploads); !st)
            return st.error();
        if (auto st = ledger.produceBlock(static_cast<std::uint64_t>(hourEnd + kUploadDelayMs));
            !st)
            return st.error();
        if (options_.progress && (h + 1) % 24 == 0)
            options_.progress(static_cast<int>((h + 1) / 24), options_.days);
    }
    return summary;
}

Result<std::vector<QByteArray>> Simulation::liveHour(std::int64_t hourStartMs)
{
    auto records = simulateHour(hourStartMs, true);
    if (!records)
        return std::move(records).error();
    std::vector<QByteArray> out;
    for (std::size_t i = 0; i < fleet_.devices.size(); ++i) {
        if (fleet_.devices[i].misconduct.revokedAtMs >= 0)
            continue;  // a revoked device's records would only be refused
        for (QByteArray& r : (*records)[i])
            out.push_back(std::move(r));
    }
    return out;
}

QJsonDocument Simulation::groundTruth() const
{
    QJsonArray devices;
    for (const FleetDevice& d : fleet_.devices)
        devices.append(d.truth);
    return QJsonDocument(QJsonObject{
        {QStringLiteral("note"), QStringLiteral("Simulator ground truth, for tests only.")},
        {QStringLiteral("simulation"), QJsonDocument::fromJson(identity()).object()},
        {QStringLiteral("devices"), devices}});
}

}  // namespace pp::node::sim
