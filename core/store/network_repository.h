#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// What the workspace keeps of the network (tables forks, witnesses): a fork's evidence
// and each witness's last state.
class NetworkRepository
{
public:
    explicit NetworkRepository(Database& db) : db_(db) {}

    Status saveFork(const ForkRow& fork);
    Result<std::optional<ForkRow>> fork();
    Status saveWitness(const WitnessRow& witness);
    Result<std::vector<WitnessRow>> witnesses();

private:
    Database& db_;
};

}  // namespace pp::store
