#include "valuation/valuation_json.h"

#include "common/bytes.h"
#include "common/csv.h"

#include <QDateTime>
#include <QStringList>

namespace pp::valuation {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString className(records::AssetClass c)
{
    switch (c) {
        case records::AssetClass::Pv:
            return QStringLiteral("pv");
        case records::AssetClass::Battery:
            return QStringLiteral("battery");
        case records::AssetClass::Vehicle:
            return QStringLiteral("vehicle");
    }
    return {};
}

QJsonArray yearsJson(const CashFlowCase& c)
{
    QJsonArray years;
    for (const CashFlowYear& y : c.years)
        years.append(QJsonObject{{QStringLiteral("year"), y.t},
                                 {QStringLiteral("energy_kwh"), y.energyKwh},
                                 {QStringLiteral("revenue_cny"), y.revenueCny},
                                 {QStringLiteral("opex_cny"), y.opexCny},
                                 {QStringLiteral("net_cny"), y.netCny},
                                 {QStringLiteral("debt_service_cny"), y.debtServiceCny},
                                 {QStringLiteral("dscr"), number(y.dscr)}});
    return years;
}

QJsonObject dscrJson(const CashFlowModel& m)
{
    return {{QStringLiteral("debt_service_cny"), m.debtServiceCny},
            {QStringLiteral("p50_min"), number(m.p50.dscrMin)},
            {QStringLiteral("p50_average"), number(m.p50.dscrAverage)},
            {QStringLiteral("p90_min"), number(m.p90.dscrMin)},
            {QStringLiteral("p90_average"), number(m.p90.dscrAverage)}};
}

void addPv(QJsonObject& o, const PvValuation& v)
{
    const PvPerformance& p = v.performance;
    const AnnualEnergy& a = p.annual;
    o.insert(QStringLiteral("capacity_dc_kw"), p.capacityKw);
    o.insert(QStringLiteral("remaining_years"), v.cashFlows.remainingYears);
    o.insert(QStringLiteral("age_years"), v.ageYears);
    o.insert(QStringLiteral("energy"),
             QJsonObject{{QStringLiteral("verified_kwh"), p.verifiedKwh},
                         {QStringLiteral("plausible_kwh"), p.plausibleKwh},
                         {QStringLiteral("excluded_kwh"), p.excludedKwh},
                         {QStringLiteral("days_excluded"), static_cast<double>(p.daysExcluded)},
                         {QStringLiteral("window_days"), a.windowDays},
                         {QStringLiteral("window_plausible_kwh"), a.plausibleKwh},
                         {QStringLiteral("coverage"), a.coverage},
                         {QStringLiteral("p50_annual_kwh"), a.p50Kwh},
                         {QStringLiteral("p90_annual_kwh"), a.p90Kwh},
                         {QStringLiteral("sigma"), a.sigma},
                         {QStringLiteral("sigma_resource"), a.sigmaResource},
                         {QStringLiteral("sigma_meter"), a.sigmaMeter},
                         {QStringLiteral("sigma_coverage"), a.sigmaCoverage}});
    QJsonArray months;
    for (const PvMonth& m : p.months)
        months.append(QJsonObject{{QStringLiteral("month"), monthLabel(m.year, m.month)},
                                  {QStringLiteral("final_yield_kwh_per_kwp"), m.finalYield},
                                  {QStringLiteral("clear_sky_yield_kwh_per_kwp"), m.clearSkyYield},
                                  {QStringLiteral("days"), static_cast<double>(m.days)}});
    o.insert(
        QStringLiteral("performance"),
        QJsonObject{{QStringLiteral("final_yield_annual_kwh_per_kwp"), number(p.finalYieldAnnual)},
                    {QStringLiteral("availability"), p.availability},
                    {QStringLiteral("clear_sky_ratio"), number(p.clearSkyRatio)},
                    {QStringLiteral("degradation_per_year"), number(p.degradationPerYear)},
                    {QStringLiteral("degradation_per_year_absent"), p.degradationAbsent.english()},
                    {QStringLiteral("months"), months}});
    o.insert(QStringLiteral("tariff"),
             QJsonObject{{QStringLiteral("cny_per_kwh"), v.tariffCnyPerKwh},
                         {QStringLiteral("province"), v.provinceKey},
                         {QStringLiteral("overridden"), v.tariffOverridden}});
    o.insert(QStringLiteral("years"), yearsJson(v.cashFlows.p50));
    o.insert(QStringLiteral("years_p90"), yearsJson(v.cashFlows.p90));
    o.insert(QStringLiteral("npv_cny"), v.cashFlows.p50.npvCny);
    o.insert(QStringLiteral("npv_p90_cny"), v.cashFlows.p90.npvCny);
    o.insert(QStringLiteral("irr"), number(v.cashFlows.irr.rate));
    if (!v.cashFlows.irr.rate)
        o.insert(QStringLiteral("irr_absent"), v.cashFlows.irr.absent.english());
    o.insert(QStringLiteral("lcoe_cny_per_kwh"), number(v.cashFlows.lcoeCnyPerKwh));
    o.insert(QStringLiteral("dscr"), dscrJson(v.cashFlows));
    o.insert(QStringLiteral("haircut_share"), v.haircutShare);
    QJsonArray bars;
    for (const SensitivityBar& b : v.sensitivity.bars)
        bars.append(QJsonObject{{QStringLiteral("input"), b.key},
                                {QStringLiteral("npv_low_cny"), b.npvLowCny},
                                {QStringLiteral("npv_high_cny"), b.npvHighCny}});
    o.insert(QStringLiteral("sensitivity"), bars);
    QJsonArray settlement;
    for (const SettlementMonth& m : v.settlement)
        settlement.append(QJsonObject{{QStringLiteral("month"), monthLabel(m.year, m.month)},
                                      {QStringLiteral("verified_kwh"), m.verifiedKwh},
                                      {QStringLiteral("settled_kwh"), m.settledKwh},
                                      {QStringLiteral("excluded_kwh"), m.excludedKwh},
                                      {QStringLiteral("tariff_cny_per_kwh"), m.tariffCnyPerKwh},
                                      {QStringLiteral("amount_cny"), m.amountCny}});
    o.insert(QStringLiteral("settlement"), settlement);
    const Certificates& c = v.certificates;
    QJsonArray certMonths;
    for (const CertificateMonth& m : c.months)
        certMonths.append(QJsonObject{{QStringLiteral("month"), monthLabel(m.year, m.month)},
                                      {QStringLiteral("mwh"), m.mwh},
                                      {QStringLiteral("carried_in_mwh"), m.carriedInMwh},
                                      {QStringLiteral("issued"), static_cast<double>(m.issued)},
                                      {QStringLiteral("carried_out_mwh"), m.carriedOutMwh}});
    o.insert(QStringLiteral("certificates"),
             QJsonObject{{QStringLiteral("issued"), static_cast<double>(c.issued)},
                         {QStringLiteral("carried_mwh"), c.carriedMwh},
                         {QStringLiteral("months"), certMonths}});
    o.insert(QStringLiteral("co2_t"),
             QJsonObject{{QStringLiteral("value"), c.co2T},
                         {QStringLiteral("factor"), c.factor.key},
                         {QStringLiteral("factor_name"), c.factor.name},
                         {QStringLiteral("factor_t_per_mwh"), c.factor.tPerMwh},
                         {QStringLiteral("factor_year"), c.factor.year},
                         {QStringLiteral("factor_source"), c.factor.source}});
}

void addStorage(QJsonObject& o, const StorageValuation& s)
{
    o.insert(QStringLiteral("remaining_years"),
             s.daysTo70 ? QJsonValue(*s.daysTo70 / 365.25) : QJsonValue(QJsonValue::Null));
    if (!s.lifeAbsent.isEmpty())
        o.insert(QStringLiteral("remaining_years_absent"), s.lifeAbsent.english());
    QJsonArray haircuts;
    for (const Haircut& h : s.haircuts)
        haircuts.append(QJsonObject{{QStringLiteral("term"), h.key},
                                    {QStringLiteral("share"), h.share},
                                    {QStringLiteral("basis"), h.basis.english()}});
    QJsonObject storage{{QStringLiteral("nominal_kwh"), s.nominalKwh},
                        {QStringLiteral("soh_pct"), number(s.sohPct)},
                        {QStringLiteral("soh_basis"), s.sohBasis},
                        {QStringLiteral("remaining_kwh"), s.remainingKwh},
                        {QStringLiteral("days_to_80_pct"), number(s.daysTo80)},
                        {QStringLiteral("days_to_70_pct"), number(s.daysTo70)},
                        {QStringLiteral("gross_cny"), s.grossCny},
                        {QStringLiteral("haircuts"), haircuts},
                        {QStringLiteral("haircut_share"), s.haircutShare},
                        {QStringLiteral("value_cny"), s.valueCny}};
    if (s.van)
        storage.insert(
            QStringLiteral("van"),
            QJsonObject{{QStringLiteral("km"), s.van->km},
                        {QStringLiteral("active_days"), static_cast<double>(s.van->activeDays)},
                        {QStringLiteral("km_per_active_day"), number(s.van->kmPerActiveDay)},
                        {QStringLiteral("kwh_per_100km"), number(s.van->kwhPer100Km)},
                        {QStringLiteral("lease_cover_ratio"), number(s.van->leaseCoverRatio)}});
    o.insert(QStringLiteral("storage"), storage);
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

}  // namespace

QJsonObject assetValuationJson(const AssetValuation& a, const PortfolioValuation& of)
{
    QJsonObject o{{QStringLiteral("device"), toHex(a.info.deviceId)},
                  {QStringLiteral("name"), a.info.name},
                  {QStringLiteral("class"), className(a.info.assetClass)},
                  {QStringLiteral("verified_records"), static_cast<double>(a.info.records)},
                  {QStringLiteral("coverage"), a.coverage},
                  {QStringLiteral("insufficient_data"), a.insufficientData()},
                  {QStringLiteral("value_cny"), number(a.valueCny())},
                  {QStringLiteral("parameters"), a.parameters.toJson()}};
    if (!a.absent.isEmpty())
        o.insert(QStringLiteral("value_cny_absent"), a.absent.english());
    if (of.anchor)
        o.insert(
            QStringLiteral("anchor"),
            QJsonObject{{QStringLiteral("chain_id"), toHex(of.chainId)},
                        {QStringLiteral("height"), static_cast<double>(of.anchor->header.height)},
                        {QStringLiteral("hash"), toHex(of.anchor->hash)}});
    if (a.pv)
        addPv(o, *a.pv);
    if (a.storage)
        addStorage(o, *a.storage);
    return o;
}

QJsonArray portfolioValuationJson(const PortfolioValuation& v)
{
    QJsonArray out;
    for (const AssetValuation& a : v.assets)
        out.append(assetValuationJson(a, v));
    return out;
}

QByteArray cashFlowsCsv(const PvValuation& pv)
{
    QStringList lines{
        QStringLiteral("year,energy_kwh,revenue_cny,opex_cny,net_cny,"
                       "debt_service_cny,dscr,energy_p90_kwh,net_p90_cny,dscr_p90")};
    for (std::size_t i = 0; i < pv.cashFlows.p50.years.size(); ++i) {
        const CashFlowYear& y = pv.cashFlows.p50.years[i];
        const CashFlowYear& y90 = pv.cashFlows.p90.years[i];
        lines << QStringList{QString::number(y.t),
                             fixed(y.energyKwh, 1),
                             fixed(y.revenueCny, 2),
                             fixed(y.opexCny, 2),
                             fixed(y.netCny, 2),
                             fixed(y.debtServiceCny, 2),
                             y.dscr ? fixed(*y.dscr, 3) : QString(),
                             fixed(y90.energyKwh, 1),
                             fixed(y90.netCny, 2),
                             y90.dscr ? fixed(*y90.dscr, 3) : QString()}
                     .join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QByteArray settlementCsv(const PvValuation& pv)
{
    QStringList lines{
        QStringLiteral("month,verified_kwh,settled_kwh,excluded_kwh,"
                       "tariff_cny_per_kwh,amount_cny,certificates_issued,"
                       "certificates_carried_mwh,co2_t")};
    for (std::size_t i = 0; i < pv.settlement.size(); ++i) {
        const SettlementMonth& m = pv.settlement[i];
        const CertificateMonth& c = pv.certificates.months[i];
        lines << QStringList{monthLabel(m.year, m.month),
                             fixed(m.verifiedKwh, 1),
                             fixed(m.settledKwh, 1),
                             fixed(m.excludedKwh, 1),
                             fixed(m.tariffCnyPerKwh, 4),
                             fixed(m.amountCny, 2),
                             QString::number(c.issued),
                             fixed(c.carriedOutMwh, 3),
                             fixed(c.co2T, 3)}
                     .join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QByteArray portfolioCsv(const PortfolioValuation& v)
{
    QStringList lines{
        QStringLiteral("device,name,class,value_cny,p50_annual_kwh,p90_annual_kwh,"
                       "dscr_min_p90,coverage,haircut_share,insufficient_data")};
    for (const AssetValuation& a : v.assets) {
        const auto value = a.valueCny();
        const PvValuation* pv = a.pv ? &*a.pv : nullptr;
        const double haircut = pv ? pv->haircutShare : a.storage ? a.storage->haircutShare : 0;
        lines << QStringList{toHex(a.info.deviceId),
                             csvField(a.info.name),
                             className(a.info.assetClass),
                             value ? fixed(*value, 0) : QString(),
                             pv ? fixed(pv->performance.annual.p50Kwh, 0) : QString(),
                             pv ? fixed(pv->performance.annual.p90Kwh, 0) : QString(),
                             pv && pv->cashFlows.p90.dscrMin ? fixed(*pv->cashFlows.p90.dscrMin, 2)
                                                             : QString(),
                             fixed(a.coverage, 4),
                             fixed(haircut, 4),
                             a.insufficientData() ? QStringLiteral("yes") : QStringLiteral("no")}
                     .join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

}  // namespace pp::valuation
