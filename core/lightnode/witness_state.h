#pragma once

#include "common/text.h"

#include <QString>

namespace pp::lightnode {

// How a witness answered the last cross-check of the primary's tip (spec §9.3).
struct WitnessState
{
    QString url;
    QString status;  // "ok", "behind", "faulty", "fork", "unreachable"
    Text detail;
};

}  // namespace pp::lightnode
