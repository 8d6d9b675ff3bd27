#pragma once

#include "common/result.h"
#include "node/devnet.h"
#include "node/ledger.h"
#include "node/sim/fleet.h"

#include <QJsonDocument>

#include <atomic>
#include <functional>

namespace pp::node::sim {

struct SimulationOptions : FleetOptions
{
    // Called after each simulated day with (days done, days in all).
    std::function<void(int, int)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// Drives the fleet through time on the ledger side: registers the devices, then for each
// hour simulates every device (in parallel: devices share nothing but their site's
// weather, fixed for the day), signs what they upload, submits it to the ledger and writes
// the hour's block at the end of the hour. Everything is a function of the options, which
// the chain remembers: a run that was killed resumes by re-simulating the hours already in
// the chain without writing them, and ends with the tip an uninterrupted run would have.
class Simulation
{
public:
    static Result<Simulation> create(const SimulationOptions& options, const Devnet& devnet);

    struct Summary
    {
        std::uint64_t recordsWritten = 0;  // submitted by this run (a resumed run, fewer)
        std::uint64_t hoursResumed = 0;    // found already in the chain
        std::uint64_t refusedAsExpected = 0;
    };
    // Writes the registrations and every hour of the simulated period into `ledger`.
    // With `replayOnly` (a node is running on the chain and owns it) nothing is written:
    // the history must already be complete, and is only re-simulated to reach its end
    // state, as live mode needs.
    Result<Summary> writeHistory(Ledger& ledger, bool replayOnly = false);

    // The records the devices upload in the hour starting at `hourStartMs` (live mode:
    // after the history, in wall-clock time). Revoked devices stay silent.
    Result<std::vector<QByteArray>> liveHour(std::int64_t hourStartMs);

    // The ground truth: every device, which are honest, what the others do wrong and the
    // finding a light node should raise. For tests; the console never reads it.
    QJsonDocument groundTruth() const;

    std::int64_t endMs() const;

private:
    explicit Simulation(const SimulationOptions& options, const Devnet& devnet, Fleet fleet);
    QByteArray identity() const;
    Result<std::vector<QByteArray>> registrations(std::uint64_t firstSeq) const;
    // Simulates one hour of every device; signs what it uploads when `sign` is set.
    Result<std::vector<std::vector<QByteArray>>> simulateHour(std::int64_t hourStartMs, bool sign);

    SimulationOptions options_;
    crypto::PrivateKey registrar_;
    crypto::HashAlg chainHash_;
    Fleet fleet_;
    std::vector<std::uint64_t> nextSeq_;
    std::vector<int> toLose_;      // records still to lose, per device
    bool weatherStarted_ = false;  // the first hour starts the weather, whatever its time
};

}  // namespace pp::node::sim
