// The valuation model (core/valuation) on cases whose answers are worked out by hand:
// discounting, IRR (against a bisection of our own), annuity and DSCR, LCOE, parameters and
// their errors, P50/P90 with σ, settlement and green certificates carried over months.
#include "valuation/cash_flows.h"
#include "valuation/finance.h"
#include "valuation/reference_data.h"
#include "valuation/sensitivity.h"
#include "valuation/settlement.h"
#include "valuation/valuation_parameters.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace pp;
using namespace pp::valuation;

namespace {

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

// NPV − price by the textbook sum, and its root by plain bisection: a reference that shares
// nothing with the code under test.
double referenceIrr(double price, const std::vector<double>& flows)
{
    const auto f = [&](double r) {
        double v = -price;
        for (std::size_t t = 0; t < flows.size(); ++t)
            v += flows[t] / std::pow(1 + r, static_cast<double>(t + 1));
        return v;
    };
    double lo = -0.9, hi = 5;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (f(mid) > 0 ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

CashFlowInputs station()
{
    CashFlowInputs in;
    in.p50Kwh = 100'000;
    in.p90Kwh = 90'000;
    in.capacityKw = 100;
    in.ageYears = 5.5;
    in.tariffCnyPerKwh = 0.4;
    in.parameters = ValuationParameters::defaults();
    in.parameters.discountRate = 0.06;
    in.parameters.degradationPerYear = 0;
    in.parameters.opexCnyPerKwYear = 40;
    in.parameters.lifeYears = 25;
    return in;
}

Status applyJson(ValuationParameters& p, const char* json)
{
    return p.apply(QJsonDocument::fromJson(json).object());
}

}  // namespace

class TestValuationModel : public QObject
{
    Q_OBJECT

private slots:
    void presentValueOfThreeYears()
    {
        const std::vector<double> flows{100, 100, 100};
        // 100/1.1 + 100/1.21 + 100/1.331
        QVERIFY(near(presentValue(flows, 0.10), 248.6851991, 1e-6));
        QVERIFY(near(presentValue(flows, 0.0), 300, 1e-12));
    }

    void irrRecoversTheRateAndAgreesWithBisection()
    {
        const std::vector<double> level{100, 100, 100};
        const Irr ten = internalRateOfReturn(248.6851991, level);
        QVERIFY(ten.rate);
        QVERIFY(near(*ten.rate, 0.10, 1e-8));

        const std::vector<double> uneven{300, 400, 500, -50, 200};
        const Irr irr = internalRateOfReturn(1000, uneven);
        QVERIFY(irr.rate);
        QVERIFY2(near(*irr.rate, referenceIrr(1000, uneven), 1e-9),
                 qPrintable(QString::number(*irr.rate, 'g', 12)));
        QVERIFY(near(presentValue(uneven, *irr.rate), 1000, 1e-6));
        // A price above every flow's sum: the rate is negative, and still found.
        const Irr negative = internalRateOfReturn(400, level);
        QVERIFY(negative.rate && *negative.rate < 0);
        QVERIFY(near(*negative.rate, referenceIrr(400, level), 1e-9));
    }

    void irrWithoutSignChangeIsNullWithItsReason()
    {
        const std::vector<double> flows{100, 100};
        const Irr none = internalRateOfReturn(0, flows);
        QVERIFY(!none.rate);
        QVERIFY(none.absent.english().contains(u"sign"));
        const std::vector<double> losses{-10, -10};
        QVERIFY(!internalRateOfReturn(100, losses).rate);
    }

    void annuity()
    {
        // 1,000,000 at 5 % over 10 years: 1e6 · 0.05 / (1 − 1.05^−10).
        QVERIFY(near(annuityPayment(1'000'000, 0.05, 10), 129'504.5750, 1e-3));
        QCOMPARE(annuityPayment(100'000, 0, 4), 25'000.0);
    }

    void cashFlowsDscrAndLcoe()
    {
        CashFlowInputs in = station();
        in.parameters.debt = DebtTerms{200'000, 0.05, 10};
        const CashFlowModel m = projectCashFlows(in);
        QCOMPARE(m.remainingYears, 19);  // 25 − 5.5, rounded down
        QCOMPARE(m.p50.years.size(), std::size_t{19});
        const double service = 200'000 * 0.05 / (1 - std::pow(1.05, -10));
        QVERIFY(near(m.debtServiceCny, service, 1e-6));
        const CashFlowYear& first = m.p50.years.front();
        QVERIFY(near(first.revenueCny, 40'000, 1e-9));
        QVERIFY(near(first.opexCny, 4'000, 1e-9));
        QVERIFY(near(first.netCny, 36'000, 1e-9));
        QVERIFY(first.dscr && near(*first.dscr, 36'000 / service, 1e-9));
        QVERIFY(!m.p50.years[10].dscr);  // the loan ran ten years
        QCOMPARE(m.p50.years[10].debtServiceCny, 0.0);
        QVERIFY(near(*m.p50.dscrMin, 36'000 / service, 1e-9));
        QVERIFY(near(*m.p50.dscrAverage, 36'000 / service, 1e-9));
        QVERIFY(near(*m.p90.dscrMin, 32'000 / service, 1e-9));
        // NPV: 36,000 a year for 19 years at 6 %.
        const double annuityFactor = (1 - std::pow(1.06, -19)) / 0.06;
        QVERIFY(near(m.p50.npvCny, 36'000 * annuityFactor, 1e-6));
        // Without a price the remaining LCOE is the O&M per kWh; with one, the price spread
        // over the discounted energy is added.
        QVERIFY(m.lcoeCnyPerKwh && near(*m.lcoeCnyPerKwh, 0.04, 1e-12));
        QVERIFY(!m.irr.rate);
        in.parameters.priceCny = 300'000;
        const CashFlowModel priced = projectCashFlows(in);
        QVERIFY(near(*priced.lcoeCnyPerKwh, 0.04 + 300'000 / (100'000 * annuityFactor), 1e-9));
        QVERIFY(priced.irr.rate);
        std::vector<double> nets(19, 36'000);
        QVERIFY(near(*priced.irr.rate, referenceIrr(300'000, nets), 1e-9));
    }

    void degradationCompounds()
    {
        CashFlowInputs in = station();
        in.parameters.degradationPerYear = 0.01;
        const CashFlowModel m = projectCashFlows(in);
        QVERIFY(near(m.p50.years[0].energyKwh, 100'000, 1e-9));
        QVERIFY(near(m.p50.years[2].energyKwh, 100'000 * 0.99 * 0.99, 1e-6));
    }

    void beyondItsLifeThereAreNoYears()
    {
        CashFlowInputs in = station();
        in.ageYears = 30;
        const CashFlowModel m = projectCashFlows(in);
        QCOMPARE(m.remainingYears, 0);
        QVERIFY(m.p50.years.empty());
        QCOMPARE(m.p50.npvCny, 0.0);
    }

    void sensitivityMovesEachInputTenPercent()
    {
        const CashFlowInputs in = station();
        const Sensitivity s = npvSensitivity(in);
        QCOMPARE(s.bars.size(), std::size_t{5});
        QVERIFY(near(s.baseNpvCny, projectCashFlows(in).p50.npvCny, 1e-9));
        for (std::size_t i = 1; i < s.bars.size(); ++i)
            QVERIFY(s.bars[i - 1].swing() >= s.bars[i].swing());
        for (const SensitivityBar& b : s.bars) {
            if (b.key == u"tariff") {
                CashFlowInputs up = in;
                up.tariffCnyPerKwh *= 1.1;
                QVERIFY(near(b.npvHighCny, projectCashFlows(up).p50.npvCny, 1e-9));
                QVERIFY(b.npvHighCny > s.baseNpvCny && b.npvLowCny < s.baseNpvCny);
            } else if (b.key == u"discount_rate") {
                QVERIFY(b.npvHighCny < s.baseNpvCny);
            } else if (b.key == u"energy") {
                QVERIFY(near(b.npvLowCny, projectCashFlows(in).p90.npvCny, 1e-9));
            }
        }
    }

    void parametersNameWhatIsWrong()
    {
        ValuationParameters p = ValuationParameters::defaults();
        const ValuationParameters before = p;
        struct Case
        {
            const char* json;
            const char* named;
        };
        for (const Case& c :
             {Case{R"({"discount_rate": -1.0})", "discount_rate"},
              Case{R"({"life_years": 0})", "life_years"},
              Case{R"({"tariff_cny_per_kwh": "cheap"})", "tariff_cny_per_kwh"},
              Case{R"({"colour": "blue"})", "colour"},
              Case{R"({"debt": {"principal_cny": 1e6, "years": 10, "rate": 0.05,
                                                 "fee": 1}})",
                   "debt.fee"},
              Case{R"({"debt": {"principal_cny": 1e6, "years": 2.5}})", "debt.years"},
              Case{R"({"province": "atlantis"})", "province"},
              Case{R"({"emission_factor": "moon"})", "emission_factor"}}) {
            const Status s = applyJson(p, c.json);
            QVERIFY2(!s, c.json);
            QCOMPARE(s.error().code(), "valuation.parameter");
            QVERIFY2(s.error().message().contains(QLatin1String(c.named)),
                     qPrintable(s.error().message()));
        }
        QCOMPARE(p.toJson(), before.toJson());  // a refused object changes nothing

        QVERIFY(applyJson(p, R"({"discount_rate": 0.08, "price_cny": 5e5,
                                 "debt": {"principal_cny": 3e5, "rate": 0.045, "years": 8}})"));
        QCOMPARE(p.discountRate, 0.08);
        QCOMPARE(*p.priceCny, 5e5);
        QCOMPARE(p.debt->years, 8);
        QVERIFY(applyJson(p, R"({"price_cny": null, "debt": null})"));  // null clears
        QVERIFY(!p.priceCny && !p.debt);
    }

    void settingsLayerDefaultsPortfolioAndAsset()
    {
        const QByteArray id = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        auto s = ValuationSettings::fromJson(R"({"discount_rate": 0.07,
            "assets": {"00112233445566778899aabbccddeeff": {"tariff_cny_per_kwh": 0.5}}})");
        QVERIFY(s);
        const ValuationParameters other = s->forAsset(QByteArray(16, '\0'));
        QCOMPARE(other.discountRate, 0.07);
        QVERIFY(!other.tariffCnyPerKwh);
        const ValuationParameters mine = s->forAsset(id);
        QCOMPARE(mine.discountRate, 0.07);
        QCOMPARE(*mine.tariffCnyPerKwh, 0.5);
        QCOMPARE(mine.lifeYears, referenceData().parameter(QStringLiteral("life_years")));
        // Round trip through what the workspace stores.
        auto again = ValuationSettings::fromJson(s->toJson());
        QVERIFY(again);
        QCOMPARE(*again->forAsset(id).tariffCnyPerKwh, 0.5);

        auto bad = ValuationSettings::fromJson(R"({"assets": {"00112233445566778899aabbccddeeff":
            {"life_years": -3}}})");
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(u"00112233445566778899aabbccddeeff"));
        QVERIFY(bad.error().message().contains(u"life_years"));
        QVERIFY(!ValuationSettings::fromJson("[1, 2]"));
    }

    void referenceDataNamesItsSources()
    {
        const ReferenceData& r = referenceData();
        QVERIFY(r.provinces.size() >= 30);
        for (const Province& p : r.provinces) {
            QVERIFY2(p.tariffCnyPerKwh > 0.2 && p.tariffCnyPerKwh < 0.5, qPrintable(p.key));
            QVERIFY(!p.cities.empty() && !p.nameZh.isEmpty());
        }
        for (const EmissionFactor& f : r.emissionFactors)
            QVERIFY2(f.tPerMwh > 0.3 && f.year >= 2019 && !f.source.isEmpty(), qPrintable(f.key));
        for (const auto& [key, v] : r.parameters)
            QVERIFY2(!v.source.isEmpty() && v.year > 2000, qPrintable(key));
        // The devnet's sites: a Wuxi roof is in Jiangsu even though Shanghai is nearer
        // than Nanjing; Yinchuan in Ningxia; Hohhot in the western Inner Mongolia grid.
        QCOMPARE(r.nearestProvince(31.49, 120.31).key, QStringLiteral("jiangsu"));
        QCOMPARE(r.nearestProvince(38.49, 106.23).key, QStringLiteral("ningxia"));
        QCOMPARE(r.nearestProvince(40.84, 111.75).key, QStringLiteral("mengxi"));
        QCOMPARE(r.nearestProvince(22.54, 114.06).key, QStringLiteral("guangdong"));
    }

    void settlementAndCertificatesCarryOverMonths()
    {
        std::vector<PvMonth> months(3);
        const double kwh[] = {600, 700, 800};
        for (int i = 0; i < 3; ++i) {
            months[i].year = 2025;
            months[i].month = i + 1;
            months[i].plausibleKwh = kwh[i];
            months[i].excludedKwh = i == 1 ? 50 : 0;
            months[i].verifiedKwh = kwh[i] + months[i].excludedKwh;
        }
        const std::vector<SettlementMonth> s = settle(months, 0.4);
        QCOMPARE(s.size(), std::size_t{3});
        QVERIFY(near(s[1].amountCny, 280, 1e-9));  // the excluded 50 kWh are not paid
        QCOMPARE(s[1].excludedKwh, 50.0);
        QCOMPARE(s[1].verifiedKwh, 750.0);

        const EmissionFactor factor =
            *referenceData().emissionFactor(QStringLiteral("national-2022"));
        const Certificates c = certify(months, factor, 1.0);
        // 0.6 MWh: none, 0.6 carried; 1.3: one, 0.3 carried; 1.1: one, 0.1 carried.
        QCOMPARE(c.months[0].issued, std::uint64_t{0});
        QVERIFY(near(c.months[0].carriedOutMwh, 0.6, 1e-9));
        QCOMPARE(c.months[1].issued, std::uint64_t{1});
        QVERIFY(near(c.months[1].carriedInMwh, 0.6, 1e-9));
        QVERIFY(near(c.months[1].carriedOutMwh, 0.3, 1e-9));
        QCOMPARE(c.months[2].issued, std::uint64_t{1});
        QVERIFY(near(c.carriedMwh, 0.1, 1e-9));
        QCOMPARE(c.issued, std::uint64_t{2});
        QVERIFY(near(c.co2T, 2.1 * 0.5703, 1e-9));
        QCOMPARE(c.factor.year, 2022);
    }
};

QTEST_GUILESS_MAIN(TestValuationModel)
#include "tst_valuation_model.moc"
