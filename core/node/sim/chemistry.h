#pragma once

namespace pp::node::sim {

enum class Chemistry { Lfp, Nmc };

// Open-circuit cell voltage (V) against state of charge (0-1): LFP's long flat plateau
// around 3.3 V, NMC's steady slope from 3.3 to 4.2 V.
double openCircuitVoltage(Chemistry chemistry, double soc);

}  // namespace pp::node::sim
