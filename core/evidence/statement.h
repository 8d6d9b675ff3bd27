#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::evidence {

// Who made the package, when, and what was asked for (key 8).
struct Statement
{
    std::uint64_t timeMs = 0;
    QString tool;
    std::vector<QByteArray> devices;  // 16-byte device ids
    std::uint64_t fromMs = 0, toMs = 0;
    std::optional<QString> note;
};

}  // namespace pp::evidence
