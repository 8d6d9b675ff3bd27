#include "node/sim/random.h"

#include "crypto/hash.h"

#include <bit>
#include <cmath>
#include <numbers>

namespace pp::node::sim {

Random::Random(QByteArrayView seed, QByteArrayView stream)
{
    crypto::Hasher hasher(crypto::HashAlg::Sha256);
    hasher.update("powerproof-sim").update(seed).update(QByteArrayView("\0", 1)).update(stream);
    const Digest d = hasher.finish();
    for (std::size_t i = 0; i < s_.size(); ++i)
        s_[i] = readBigEndian(d.data() + 8 * i, 8);
    if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0)  // the one state xoshiro cannot leave
        s_[0] = 1;
}

std::uint64_t Random::next()
{
    const std::uint64_t result = std::rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = std::rotl(s_[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int Random::integer(int low, int high)
{
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(next() % span);
}

double Random::normal()
{
    // Box-Muller; one of the pair is enough at the simulator's rates.
    const double u = 1.0 - uniform();  // (0, 1]: log stays finite
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
}

double Random::exponentialDays(double ratePerDay)
{
    return -std::log(1.0 - uniform()) / ratePerDay;
}

}  // namespace pp::node::sim
