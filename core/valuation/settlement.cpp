#include "valuation/settlement.h"

#include <cmath>

namespace pp::valuation {

std::vector<SettlementMonth> settle(const std::vector<PvMonth>& months, double tariffCnyPerKwh)
{
    std::vector<SettlementMonth> out;
    out.reserve(months.size());
    for (const PvMonth& m : months)
        out.push_back({m.year, m.month, m.verifiedKwh, m.plausibleKwh, m.excludedKwh,
                       tariffCnyPerKwh, m.plausibleKwh * tariffCnyPerKwh});
    return out;
}

Certificates certify(const std::vector<PvMonth>& months, const EmissionFactor& factor,
                     double mwhPerCertificate)
{
    Certificates c;
    c.factor = factor;
    double carry = 0;
    for (const PvMonth& m : months) {
        CertificateMonth cm{m.year, m.month, m.plausibleKwh / 1000, carry, 0, 0, 0};
        const double total = carry + cm.mwh;
        // A hair under a whole certificate from rounding in the sums is not a certificate
        // short: 1e-9 MWh is a thousandth of a watt-hour.
        cm.issued = static_cast<std::uint64_t>(std::floor(total / mwhPerCertificate + 1e-9));
        carry = std::max(0.0, total - static_cast<double>(cm.issued) * mwhPerCertificate);
        cm.carriedOutMwh = carry;
        cm.co2T = cm.mwh * factor.tPerMwh;
        c.issued += cm.issued;
        c.co2T += cm.co2T;
        c.months.push_back(cm);
    }
    c.carriedMwh = carry;
    return c;
}

}  // namespace pp::valuation
