#pragma once

#include "common/text.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace pp::findings {

// One finding (spec §9): what the light node found about a device's record, or about the
// chain. The light node and the analytics raise them, the workspace keeps them, the console
// and the CLI show them; none of those depends on how the others store or draw them.
struct Finding
{
    QByteArray deviceId;  // empty for chain-level findings (FORK, WITNESS_FAULTY)
    QString code;         // SEQ_GAP, IMPLAUSIBLE, ... (findings/finding_codes.h)
    std::optional<std::uint64_t> height;
    std::optional<std::uint64_t> index;
    std::optional<std::uint64_t> seq;
    std::optional<std::uint64_t> timeMs;
    Text message;  // for humans: what and why, translatable in its parts
};

}  // namespace pp::findings
