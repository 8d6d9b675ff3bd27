#pragma once

#include "valuation/pv_performance.h"
#include "valuation/reference_data.h"

#include <vector>

namespace pp::valuation {

// One month of a distributed-PV settlement statement: verified energy paid at the tariff,
// with the energy left out shown beside it.
struct SettlementMonth
{
    int year = 0, month = 0;
    double verifiedKwh = 0, settledKwh = 0, excludedKwh = 0;
    double tariffCnyPerKwh = 0, amountCny = 0;
};

// Green certificates (one per MWh of verified, plausible generation, issued monthly, the
// remainder carried into the next month) and the CO₂ that generation avoided.
struct CertificateMonth
{
    int year = 0, month = 0;
    double mwh = 0;           // plausible generation of the month
    double carriedInMwh = 0;  // the remainder brought from the month before
    std::uint64_t issued = 0;
    double carriedOutMwh = 0;
    double co2T = 0;
};

struct Certificates
{
    std::vector<CertificateMonth> months;
    std::uint64_t issued = 0;
    double carriedMwh = 0;  // not yet a certificate
    double co2T = 0;
    EmissionFactor factor;
};

std::vector<SettlementMonth> settle(const std::vector<PvMonth>& months, double tariffCnyPerKwh);
Certificates certify(const std::vector<PvMonth>& months, const EmissionFactor& factor,
                     double mwhPerCertificate);

}  // namespace pp::valuation
