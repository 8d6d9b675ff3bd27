#pragma once

#include "chain/genesis.h"
#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// The verified chain (tables meta, validator_sets, headers, commits): the trust anchor, each
// validator set from the height where it signs, headers and the commits that certify them.
class ChainRepository
{
public:
    explicit ChainRepository(Database& db) : db_(db) {}

    // The trust anchor, set once.
    Result<std::optional<Digest>> chainId();
    Result<QByteArray> genesis();
    // The stored genesis, decoded: what every reader of the workspace starts from.
    Result<chain::Genesis> trustedGenesis();
    Status initialise(const Digest& chainId, const QByteArray& genesis,
                      const QByteArray& initialSet);

    // The trusted validator set: its CBOR bytes and the height from which it signs.
    Result<std::pair<std::uint64_t, QByteArray>> trustedSet();
    // Every verified set, with the height from which it signs, in height order.
    Result<std::vector<std::pair<std::uint64_t, QByteArray>>> validatorSets();
    // The verified set that signs `height` (the latest one from at or below it).
    Result<QByteArray> validatorSetAt(std::uint64_t height);
    // A verified transition at height c: header c-1 and its commit, and the set of c.
    Status saveTransition(const StoredHeader& before, const QByteArray& commit, std::uint64_t c,
                          const QByteArray& set);

    // The verified tip, with its commit.
    Result<std::optional<StoredHeader>> tip();
    Status saveTip(const StoredHeader& tip, const QByteArray& commit);

    // Headers: verified by hash links (`headersSynced` is the height up to which all are
    // held) or singly, by a history proof against the tip.
    Result<std::optional<StoredHeader>> header(std::uint64_t height);
    Result<std::optional<std::uint64_t>> headersSynced();
    Status saveHeaderRange(const std::vector<StoredHeader>& headers);
    Status saveProvenHeader(const StoredHeader& header);

    // The first commit held at or above `height` (the tip's or a transition's), which
    // certifies `height` through hash links: its height and bytes.
    Result<std::optional<std::pair<std::uint64_t, QByteArray>>> commitAtOrAbove(
        std::uint64_t height);

private:
    Status insertHeader(const StoredHeader& h, int basis);
    // A header verified by its commit (a transition's or the tip's), with that commit.
    Status insertSignedHeader(const StoredHeader& h, const QByteArray& commit);

    Database& db_;
};

}  // namespace pp::store
