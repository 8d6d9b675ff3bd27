#include "report/valuation_report.h"

#include "common/bytes.h"
#include "report/bilingual_html.h"
#include "report/chart_image.h"
#include "report/pdf_printer.h"
#include "valuation/reference_data.h"

#include <QTextDocument>
#include <QUrl>

namespace pp::report {

namespace {

using namespace valuation;

QString money(double cny)
{
    return QLocale::c().toString(cny, 'f', 0);
}

// What a table or a chart rests on, under it: a figure cut out of the report still says it.
QString footing(const AssetValuation& a, const PortfolioValuation& v)
{
    return QStringLiteral("<p class='cap'>%1 %2 · %3 %4 % · %5 %6 <code>%7…</code></p>")
        .arg(a.info.records)
        .arg(both("verified records", "条已验证记录"), both("coverage", "覆盖率"),
             fixed(a.coverage * 100, 1), both("anchor", "锚定"))
        .arg(v.anchor ? v.anchor->header.height : 0)
        .arg(v.anchor ? toHex(v.anchor->hash).left(16) : QStringLiteral("-"));
}

QString anchorTable(const PortfolioValuation& v)
{
    QString html = QStringLiteral("<table>");
    html += row(both("Chain", "链"),
                QStringLiteral("%1 <code>%2</code>").arg(escaped(v.chainName), toHex(v.chainId)));
    if (v.anchor)
        html += row(both("Anchored to block", "锚定区块"),
                    QStringLiteral("%1 · %2 UTC<br><code>%3</code>")
                        .arg(v.anchor->header.height)
                        .arg(utcMinute(v.anchor->header.timeMs), toHex(v.anchor->hash)));
    html += row(both("Verified records", "已验证记录"), QString::number(v.recordsVerified));
    html += row(both("Total value", "总估值"), money(v.totalValueCny) + QStringLiteral(" CNY"));
    html += row(both("PV energy a year, P50 / P90", "光伏年发电量 P50 / P90"),
                QStringLiteral("%1 / %2 MWh")
                    .arg(fixed(v.totalP50Kwh / 1000, 1), fixed(v.totalP90Kwh / 1000, 1)));
    return html + QStringLiteral("</table>");
}

QString summaryTable(const PortfolioValuation& v)
{
    QString html = QStringLiteral(
                       "<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                       "<th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(both("Asset", "资产"), both("Value (CNY)", "估值（元）"),
                            both("P50 / P90 (MWh/a)", "P50 / P90（兆瓦时/年）"),
                            both("Min DSCR P90", "最低偿债覆盖率 P90"), both("Coverage", "覆盖率"),
                            both("Haircut", "折减"), both("Note", "备注"));
    for (const AssetValuation& a : v.assets) {
        const PvValuation* pv = a.pv ? &*a.pv : nullptr;
        const double haircut = pv ? pv->haircutShare : a.storage ? a.storage->haircutShare : 0;
        QString note = a.absent.isEmpty() ? QString() : escaped(a.absent.english());
        if (a.insufficientData())
            note = both("insufficient data (< 30 days)", "数据不足（少于 30 天）");
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5 %</td>"
                    "<td>%6 %</td><td>%7</td></tr>")
                    .arg(escaped(a.info.name), a.valueCny() ? money(*a.valueCny()) : QString(),
                         pv ? QStringLiteral("%1 / %2").arg(
                                  fixed(pv->performance.annual.p50Kwh / 1000, 1),
                                  fixed(pv->performance.annual.p90Kwh / 1000, 1))
                            : QString(),
                         pv ? orNone(pv->cashFlows.p90.dscrMin, 2) : QString(),
                         fixed(a.coverage * 100, 1), fixed(haircut * 100, 1), note);
    }
    return html + QStringLiteral("</table>");
}

QString pvFigures(const AssetValuation& a)
{
    const PvValuation& v = *a.pv;
    const PvPerformance& p = v.performance;
    const AnnualEnergy& e = p.annual;
    const CashFlowModel& m = v.cashFlows;
    QString html = QStringLiteral("<table>");
    html += row(both("Device id", "设备标识"),
                QStringLiteral("<code>%1</code>").arg(toHex(a.info.deviceId)));
    html += row(both("Capacity (DC)", "直流装机容量"), fixed(p.capacityKw, 1) + u" kWp");
    html += row(both("Age · remaining life", "已运行 · 剩余年限"),
                QStringLiteral("%1 a · %2 a").arg(fixed(v.ageYears, 1)).arg(m.remainingYears));
    html += row(
        both("Tariff", "电价"),
        QStringLiteral("%1 CNY/kWh (%2)")
            .arg(fixed(v.tariffCnyPerKwh, 4),
                 v.tariffOverridden ? both("set by the user", "用户设定")
                                    : QStringLiteral("%1 %2 · %3")
                                          .arg(escaped(v.provinceName), escaped(v.provinceNameZh),
                                               escaped(referenceData().tariffSource.source))));
    html +=
        row(both("Verified energy", "已验证发电量"),
            QStringLiteral("%1 kWh · %2 %3 kWh (%4 %5)")
                .arg(fixed(p.verifiedKwh, 0), both("left out", "未计入"), fixed(p.excludedKwh, 0))
                .arg(p.daysExcluded)
                .arg(both("implausible days", "个不合理日")));
    html +=
        row(both("Window · coverage", "统计期 · 覆盖率"),
            QStringLiteral("%1 d · %2 %").arg(fixed(e.windowDays, 0), fixed(e.coverage * 100, 1)));
    html += row(both("P50 · P90 a year", "P50 · P90 年发电量"),
                QStringLiteral("%1 · %2 kWh").arg(fixed(e.p50Kwh, 0), fixed(e.p90Kwh, 0)));
    html += row(QStringLiteral("σ"), QStringLiteral("%1 = √(%2² + %3² + %4²)")
                                         .arg(fixed(e.sigma, 4), fixed(e.sigmaResource, 3),
                                              fixed(e.sigmaMeter, 3), fixed(e.sigmaCoverage, 3)));
    html += row(both("Final yield", "等效利用小时"),
                orNone(p.finalYieldAnnual, 0, QStringLiteral(" kWh/kWp")));
    html += row(both("Availability", "可用率"), fixed(p.availability * 100, 1) + u" %");
    html += row(both("Against clear sky (horizontal)", "与晴空（水平面）之比"),
                orNone(p.clearSkyRatio, 3));
    html += row(both("Degradation, year on year", "同比衰减"),
                p.degradationPerYear ? fixed(*p.degradationPerYear * 100, 2) + u" %/a"
                                     : escaped(p.degradationAbsent.english()));
    html += row(both("NPV at P50 · P90", "净现值 P50 · P90"),
                QStringLiteral("%1 · %2 CNY").arg(money(m.p50.npvCny), money(m.p90.npvCny)));
    html += row(QStringLiteral("IRR"),
                m.irr.rate ? fixed(*m.irr.rate * 100, 2) + u" %" : escaped(m.irr.absent.english()));
    html += row(both("Remaining LCOE", "剩余平准化度电成本"),
                orNone(m.lcoeCnyPerKwh, 4, QStringLiteral(" CNY/kWh")));
    if (a.parameters.debt)
        html += row(both("DSCR min · average, P50 / P90", "偿债覆盖率 最低 · 平均 P50 / P90"),
                    QStringLiteral("%1 · %2 / %3 · %4 (%5 CNY/a)")
                        .arg(orNone(m.p50.dscrMin, 2), orNone(m.p50.dscrAverage, 2),
                             orNone(m.p90.dscrMin, 2), orNone(m.p90.dscrAverage, 2),
                             money(m.debtServiceCny)));
    if (p.insufficientData)
        html += row(both("Note", "备注"), QStringLiteral("<b>%1</b>")
                                              .arg(both("insufficient data: under 30 days verified",
                                                        "数据不足：已验证数据少于 30 天")));
    return html + QStringLiteral("</table>");
}

QString cashFlowTable(const CashFlowModel& m, bool debt)
{
    QString html = QStringLiteral(
                       "<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th>"
                       "<th>%4</th><th>%5</th>")
                       .arg(both("Year", "年"), both("Energy kWh", "发电量"),
                            both("Revenue", "收入"), both("O&M", "运维"), both("Net", "净现金流"));
    if (debt)
        html += QStringLiteral("<th>%1</th><th>DSCR</th>").arg(both("Debt service", "还本付息"));
    html += QStringLiteral("</tr>");
    for (const CashFlowYear& y : m.p50.years) {
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>")
                .arg(y.t)
                .arg(fixed(y.energyKwh, 0), money(y.revenueCny), money(y.opexCny), money(y.netCny));
        if (debt)
            html += QStringLiteral("<td>%1</td><td>%2</td>")
                        .arg(money(y.debtServiceCny), y.dscr ? fixed(*y.dscr, 2) : QString());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString settlementTable(const PvValuation& v)
{
    QString html = QStringLiteral(
                       "<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th>"
                       "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(both("Month", "月份"), both("Verified kWh", "已验证电量"),
                            both("Settled kWh", "结算电量"), both("Left out kWh", "未计入电量"),
                            both("Amount CNY", "金额（元）"), both("Certificates", "绿证"),
                            QStringLiteral("CO₂ t"));
    for (std::size_t i = 0; i < v.settlement.size(); ++i) {
        const SettlementMonth& s = v.settlement[i];
        const CertificateMonth& c = v.certificates.months[i];
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                    "<td>%6</td><td>%7</td></tr>")
                    .arg(monthLabel(s.year, s.month), fixed(s.verifiedKwh, 0),
                         fixed(s.settledKwh, 0), fixed(s.excludedKwh, 0), money(s.amountCny))
                    .arg(c.issued)
                    .arg(fixed(c.co2T, 2));
    }
    html += QStringLiteral("</table>");
    const Certificates& c = v.certificates;
    html += QStringLiteral("<p>%1: %2 · %3: %4 MWh · CO₂ %5 t (%6 %7 t/MWh, %8, %9)</p>")
                .arg(both("Green certificates issued", "已核发绿证"))
                .arg(c.issued)
                .arg(both("carried", "结转"), fixed(c.carriedMwh, 3), fixed(c.co2T, 1),
                     escaped(c.factor.name + u' ' + c.factor.nameZh), fixed(c.factor.tPerMwh, 4),
                     QString::number(c.factor.year), escaped(c.factor.source));
    return html;
}

QString pvSection(QTextDocument& doc, const AssetValuation& a, const PortfolioValuation& v,
                  std::size_t n)
{
    const PvValuation& pv = *a.pv;
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(a.info.name));
    html += pvFigures(a) + footing(a, v);
    QStringList labels;
    std::vector<double> yields;
    for (const PvMonth& m : pv.performance.months) {
        labels << QString::number(m.month);
        yields.push_back(m.finalYield);
    }
    if (labels.size() > 24) {  // the latest two years: a bar a month stays legible
        labels = labels.mid(labels.size() - 24);
        yields.erase(yields.begin(), yields.end() - 24);
    }
    html += embedImage(doc,
                       barChart(both("Final yield a month (kWh/kWp, verified and plausible)",
                                     "月等效利用小时（已验证且合理）"),
                                labels, yields, QColor(0xf2, 0xa9, 0x00)),
                       QStringLiteral("yield-%1.png").arg(n));
    html += footing(a, v);
    std::vector<TornadoBar> bars;
    for (const SensitivityBar& b : pv.sensitivity.bars)
        bars.push_back(
            {b.key == u"energy" ? QStringLiteral("P90 / P50") : b.key, b.npvLowCny, b.npvHighCny});
    html +=
        embedImage(doc,
                   tornadoChart(both("NPV sensitivity (CNY)", "净现值敏感性（元）"),
                                pv.sensitivity.baseNpvCny, bars, both("−10 % / P90", "−10 % / P90"),
                                both("+10 % / P50", "+10 % / P50"), {}),
                   QStringLiteral("tornado-%1.png").arg(n));
    html += footing(a, v);
    html += QStringLiteral("<h3>%1</h3>").arg(both("Cash flows at P50", "P50 现金流"));
    html += cashFlowTable(pv.cashFlows, a.parameters.debt.has_value()) + footing(a, v);
    html += QStringLiteral("<h3>%1</h3>")
                .arg(both("Settlement, green certificates and CO₂", "结算、绿证与减排"));
    html += settlementTable(pv) + footing(a, v);
    return html;
}

QString storageSection(const PortfolioValuation& v)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(both("Batteries and vans: second-life value", "电池与车辆：梯次利用价值"));
    html +=
        QStringLiteral(
            "<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
            "<th>%5</th><th>%6</th><th>%7</th></tr>")
            .arg(both("Asset", "资产"), both("SoH", "健康度"), both("Remaining kWh", "剩余电量"),
                 both("Days to 70 %", "距 70 % 天数"), both("Haircuts", "折减"),
                 both("Value CNY", "估值（元）"), both("Use", "使用"));
    for (const AssetValuation& a : v.assets) {
        if (!a.storage)
            continue;
        const StorageValuation& s = *a.storage;
        QStringList cuts;
        for (const Haircut& c : s.haircuts)
            cuts << QStringLiteral("%1 %: %2")
                        .arg(fixed(c.share * 100, 1), escaped(c.basis.english()));
        QString use;
        if (s.van)
            use = QStringLiteral("%1 km/d · %2 kWh/100 km%3")
                      .arg(orNone(s.van->kmPerActiveDay, 0), orNone(s.van->kwhPer100Km, 1),
                           s.van->leaseCoverRatio ? QStringLiteral(" · %1 %2")
                                                        .arg(both("lease cover", "租金覆盖"),
                                                             fixed(*s.van->leaseCoverRatio, 2))
                                                  : QString());
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                    "<td>%6</td><td>%7</td></tr>")
                    .arg(escaped(a.info.name),
                         s.sohPct ? QStringLiteral("%1 % (%2)").arg(fixed(*s.sohPct, 1), s.sohBasis)
                                  : both("none", "无"),
                         fixed(s.remainingKwh, 1), orNone(s.daysTo70, 0), cuts.join(u"<br>"),
                         money(s.valueCny), use);
    }
    return html + QStringLiteral("</table>");
}

QString parameterTable()
{
    const ReferenceData& r = referenceData();
    QString html =
        QStringLiteral(
            "<h2>%1</h2><table class='grid'><tr><th>%2</th><th>%3</th>"
            "<th>%4</th></tr>")
            .arg(both("Defaults and their sources", "默认参数及出处"), both("Parameter", "参数"),
                 both("Default", "默认值"), both("Source", "出处"));
    for (const auto& [key, value] : r.parameters)
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3 (%4)</td></tr>")
                    .arg(key, QString::number(value.value), escaped(value.source))
                    .arg(value.year);
    return html + QStringLiteral("</table>");
}

}  // namespace

QByteArray renderValuationReport(const PortfolioValuation& v, const QString& tool)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(styleSheet());
    QString html =
        QStringLiteral("<h1>%1</h1>").arg(both("Asset valuation report", "资产估值报告"));
    html += QStringLiteral("<p>%1</p>")
                .arg(both("Every kWh, km and state of health below comes from records whose "
                          "block, Merkle proof and device signature were verified against the "
                          "chain below; data found implausible is left out and the haircut it "
                          "causes is shown. Formulas, defaults and sources: docs/valuation.md.",
                          "以下每一度电、每一公里与健康度均来自已按下列链验证区块、默克尔证明与"
                          "设备签名的记录；被判定为不合理的数据未计入，并列出由此产生的折减。"
                          "公式、默认值与出处见 docs/valuation.md。"));
    html += anchorTable(v);
    html += QStringLiteral("<h2>%1</h2>").arg(both("Portfolio", "资产组合"));
    html += summaryTable(v);
    std::size_t n = 0;
    bool storage = false;
    for (const AssetValuation& a : v.assets) {
        if (a.pv && !a.pv->performance.days.empty())
            html += pvSection(doc, a, v, n++);
        storage = storage || a.storage.has_value();
    }
    if (storage)
        html += storageSection(v);
    html += parameterTable();
    doc.setHtml(html);
    const QString anchor = v.anchor ? QStringLiteral("%1 %2")
                                          .arg(v.anchor->header.height)
                                          .arg(toHex(v.anchor->hash).left(16))
                                    : QStringLiteral("-");
    return printPdf(doc, {QStringLiteral("PowerProof valuation"), tool,
                          QStringLiteral("chain %1… · anchor %2… · %3 verified records")
                              .arg(toHex(v.chainId).left(16), anchor)
                              .arg(v.recordsVerified)});
}

}  // namespace pp::report
