#pragma once

#include "analytics/asset_info.h"
#include "common/result.h"

#include <optional>

#include <utility>
#include <vector>

namespace pp::evidence {

struct Document;

// One device of a package, decoded for people: what its registration says and the samples
// of its records. Read from evidence.cbor alone, so the CSV, JSON and PDF of a package and
// the console's package view show exactly what the proofs cover, nothing from elsewhere.
struct DeviceContents
{
    // A sample's values, one a column (none where the sample has no value for it).
    struct Sample
    {
        std::uint64_t timeMs = 0;
        std::vector<std::optional<double>> values;
    };
    struct Record
    {
        std::uint64_t height = 0, index = 0, seq = 0, timeMs = 0;
        std::vector<Sample> samples;
    };
    analytics::AssetInfo asset;  // from the latest registration in the package
    std::vector<Record> records;
    // Every quantity name with its unit, in the order first seen: the columns of the
    // device's table.
    std::vector<std::pair<QString, QString>> columns;

    std::size_t sampleCount() const;
    // A column's finite values with their times (Unix ms), for a chart: in time order, a
    // sample earlier than the one before (a clock set back) left out.
    std::pair<std::vector<double>, std::vector<double>> series(std::size_t column) const;
    // The column of `name`, or -1.
    int column(QStringView name) const;
    // The column a reader looks at first: a PV station's AC power, a pack's or a van's
    // state of charge; else the first; -1 when there is none.
    int mainColumn() const;
};

// The devices of a document in the order of its statement's device list. The document
// should have been verified (verifyEvidence): a record that does not parse is an error
// here, naming its entry.
Result<std::vector<DeviceContents>> readContents(const Document& document);

}  // namespace pp::evidence
