#include "report/battery_report.h"

#include "common/bytes.h"
#include "report/bilingual_html.h"
#include "report/chart_image.h"
#include "report/pdf_printer.h"

#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace pp::report {

namespace {

using analytics::BatteryHistory;

constexpr std::size_t kEventRows = 60;  // the rest are in the JSON

// A chart in the document: its title drawn in it, with how many verified samples it
// rests on, so that neither can be parted from it by a page break.
QString restingOn(const QString& title, std::uint64_t samples)
{
    return QStringLiteral("%1 (%2 %3)")
        .arg(title)
        .arg(samples)
        .arg(both("verified samples", "个已验证采样"));
}

QString identity(const BatteryHistory& h)
{
    const analytics::AssetInfo& a = h.info;
    QString html = QStringLiteral("<table>");
    html += row(both("Device id", "设备标识"),
                QStringLiteral("<code>%1</code>").arg(toHex(a.deviceId)));
    html += row(both("Kind", "类型"), a.assetClass == records::AssetClass::Vehicle
                                          ? both("Vehicle traction battery", "车辆动力电池")
                                          : both("Battery pack", "电池包"));
    for (const auto& [label, value] : {std::pair{both("Owner", "所有者"), a.owner},
                                       std::pair{both("Manufacturer", "制造商"), a.manufacturer},
                                       std::pair{both("Model", "型号"), a.model},
                                       std::pair{both("Chemistry", "电化学体系"), a.chemistry},
                                       std::pair{QStringLiteral("VIN"), a.vin}}) {
        if (!value.isEmpty())
            html += row(label, escaped(value));
    }
    html += row(both("Nominal charge", "额定容量"),
                h.nominalAh ? QStringLiteral("%1 Ah (%2)")
                                  .arg(fixed(*h.nominalAh, 1), escaped(h.nominalBasis.english()))
                            : escaped(h.nominalBasis.english()));
    if (a.commissionedMs)
        html += row(both("Commissioned", "投运时间"), utcMinute(*a.commissionedMs));
    html += row(both("Chain", "链"), QStringLiteral("<code>%1</code>").arg(toHex(h.chainId)));
    if (h.anchor)
        html += row(both("Anchored to block", "锚定区块"),
                    QStringLiteral("%1 · %2 UTC<br><code>%3</code>")
                        .arg(h.anchor->header.height)
                        .arg(utcMinute(h.anchor->header.timeMs), toHex(h.anchor->hash)));
    html += row(both("Window", "时间范围"),
                QStringLiteral("%1 — %2 UTC")
                    .arg(utcMinute(h.coverage.fromMs), utcMinute(h.coverage.toMs)));
    QString leftOut = QStringLiteral("%1 %2, %3 %4")
                          .arg(h.recordsRejected)
                          .arg(both("rejected records", "条被拒记录"))
                          .arg(h.recordsImplausible)
                          .arg(both("implausible records", "条不合理记录"));
    for (const auto& [reason, n] : h.samplesLeftOut)
        leftOut += QStringLiteral(", %1 × %2").arg(n).arg(escaped(reason));
    html += row(both("Coverage", "覆盖率"), QStringLiteral("%1 % · %2 %3 · %4 %5")
                                                .arg(fixed(h.coverage.share * 100, 1))
                                                .arg(h.samples)
                                                .arg(both("verified samples", "个已验证采样"))
                                                .arg(h.recordsUsed)
                                                .arg(both("records", "条记录")));
    html += row(both("Left out", "未计入"), leftOut);
    return html + QStringLiteral("</table>");
}

QString keyFigures(const BatteryHistory& h)
{
    QString html = QStringLiteral("<table>");
    html += row(
        both("Throughput", "吞吐量"),
        QStringLiteral("%1 Ah · %2 kWh").arg(fixed(h.throughputAh, 1), fixed(h.throughputKwh, 1)));
    html += row(both("Equivalent full cycles", "等效全循环次数"), orNone(h.efc, 1));
    html += row(both("Largest C-rate, charge / discharge", "最大倍率（充/放）"),
                QStringLiteral("%1 / %2 C")
                    .arg(orNone(h.cRate.maxCharge, 2), orNone(h.cRate.maxDischarge, 2)));
    html += row(both("Charge above 1 C", "1C 以上充电占比"),
                h.cRate.fastChargeShare ? fixed(*h.cRate.fastChargeShare * 100, 1) + u" %"
                                        : both("none", "无"));
    html += row(both("Minutes above 45 °C", "高于 45 °C 的分钟数"),
                fixed(h.temperature.minutesAbove45C, 0));
    html += row(both("Minutes below 0 °C (charging)", "低于 0 °C 的分钟数（充电中）"),
                QStringLiteral("%1 (%2)").arg(fixed(h.temperature.minutesBelow0C, 0),
                                              fixed(h.temperature.minutesChargingBelow0C, 0)));
    const analytics::SohFigures& s = h.soh;
    html += row(both("State of health, reported", "健康状态（BMS 上报）"),
                orNone(s.reportedLatest, 1, QStringLiteral(" %")));
    html += row(both("State of health, from its currents", "健康状态（按电流估算）"),
                s.estimatedLatest ? QStringLiteral("%1 % · %2 %3")
                                        .arg(fixed(*s.estimatedLatest, 1))
                                        .arg(s.estimates.size())
                                        .arg(both("charge/discharge segments", "个充放电区段"))
                                  : escaped(s.absent.english()));
    if (s.overReported)
        html += row(both("Warning", "警告"),
                    QStringLiteral("<b>%1</b> %2")
                        .arg(both("The BMS reports a better state of health than its currents "
                                  "show",
                                  "BMS 上报的健康状态高于其电流所示"),
                             utcMinute(s.overReportedSince->timeMs)));
    const analytics::DegradationProjection& p = h.projection;
    auto life = [](const std::optional<analytics::RemainingLife>& l) {
        if (!l)
            return both("beyond 50 years", "50 年以上");
        if (l->days <= 0)
            return both("reached", "已达到");
        return QStringLiteral("%1 (%2–%3) %4")
            .arg(fixed(l->days, 0), fixed(l->earliestDays, 0), fixed(l->latestDays, 0),
                 both("days", "天"));
    };
    if (p.supported) {
        html += row(both("Remaining life to 80 % SoH", "剩余寿命（至 80% SoH）"), life(p.to80));
        html += row(both("Remaining life to 70 % SoH", "剩余寿命（至 70% SoH）"), life(p.to70));
        html += row(both("Fitted", "拟合"),
                    QStringLiteral("SoH = %1 − %2·√days − %3·EFC<sup>%4</sup> (%5 %6, RMSE %7)")
                        .arg(fixed(p.intercept, 2), fixed(p.calendar, 3), fixed(p.cycle, 4),
                             fixed(p.exponent, 2))
                        .arg(p.points)
                        .arg(escaped(p.basis), fixed(p.rmse, 2)));
    } else {
        html += row(both("Projection", "寿命预测"), escaped(p.reason.english()));
    }
    return html + QStringLiteral("</table>");
}

// Reported SoH, the estimates as dots and, when the data supports one, the projection
// ahead of the window for as long as it takes to reach 70 % (at most five years).
LineChartSpec sohSpec(const BatteryHistory& h)
{
    LineChartSpec spec;
    spec.title = restingOn(both("State of health (%), with the projection's ±2 RMSE band",
                                "健康状态（%）及预测的 ±2 RMSE 区间"),
                           h.samples);
    spec.unit = QStringLiteral("%");
    ChartLine reported{{}, {}, QColor(0x1f, 0x6f, 0xb4), both("reported", "上报"), false, 0};
    for (const analytics::SohSample& s : h.soh.reported) {
        reported.x.push_back(static_cast<double>(s.timeMs));
        reported.y.push_back(s.pct);
    }
    ChartLine estimated{{}, {}, QColor(0xd6, 0x27, 0x28), both("estimated", "估算"), true, 0};
    for (const analytics::CapacitySegment& c : h.soh.estimates) {
        estimated.x.push_back(static_cast<double>(c.endMs));
        estimated.y.push_back(c.sohPct);
    }
    double lowest = 100;
    for (const ChartLine* l : {&reported, &estimated}) {
        for (const double y : l->y)
            lowest = std::min(lowest, y);
    }
    spec.lines.push_back(std::move(reported));
    spec.lines.push_back(std::move(estimated));
    const analytics::DegradationProjection& p = h.projection;
    if (p.supported) {
        auto [x, y] = p.curveFrom(h.coverage.toMs);
        for (const double v : y)
            lowest = std::min(lowest, v - 2 * p.rmse);
        ChartLine ahead{
            std::move(x), std::move(y), QColor(0x7f, 0x7f, 0x7f), both("projection", "预测"),
            false,        2 * p.rmse};
        spec.lines.push_back(std::move(ahead));
    }
    spec.yRange = std::pair(std::floor(std::max(0.0, lowest - 5) / 5) * 5, 105.0);
    return spec;
}

QString charts(QTextDocument& doc, const BatteryHistory& h)
{
    QString html;
    QStringList labels;
    std::vector<double> cycles;
    for (const analytics::DodBin& b : h.dodHistogram) {
        labels << QStringLiteral("%1–%2").arg(b.fromPct).arg(b.toPct);
        cycles.push_back(b.cycles);
    }
    html +=
        embedImage(doc,
                   barChart(restingOn(both("Depth of discharge: rainflow cycles by SoC range (%)",
                                           "放电深度：按 SoC 区间的雨流循环数"),
                                      h.samples),
                            labels, cycles, QColor(0x1f, 0x6f, 0xb4)),
                   QStringLiteral("dod.png"));
    labels.clear();
    std::vector<double> hours;
    for (const analytics::TemperatureBin& b : h.temperature.histogram) {
        labels << QString::number(b.fromC);
        hours.push_back(b.minutes / 60);
    }
    html +=
        embedImage(doc,
                   barChart(restingOn(both("Hours at temperature, by 5 °C bin of the highest cell",
                                           "各温度区间累计小时数（最高单体，5 °C 分档）"),
                                      h.temperature.samples),
                            labels, hours, QColor(0xd9, 0x5f, 0x0e)),
                   QStringLiteral("temperature.png"));

    html += embedImage(doc, lineChart(sohSpec(h)), QStringLiteral("soh.png"));
    LineChartSpec efc;
    efc.title =
        restingOn(both("Cumulative equivalent full cycles", "累计等效全循环次数"), h.samples);
    ChartLine cumulative{{}, {}, QColor(0x2c, 0xa0, 0x2c), {}, false, 0};
    for (const analytics::CumulativePoint& c : h.efcOverTime) {
        cumulative.x.push_back(static_cast<double>(c.timeMs));
        cumulative.y.push_back(c.efc);
    }
    efc.lines.push_back(std::move(cumulative));
    html += embedImage(doc, lineChart(efc), QStringLiteral("efc.png"));
    return html;
}

}  // namespace

QByteArray renderBatteryReport(const BatteryHistory& h, const QString& tool)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(styleSheet());
    QString html = QStringLiteral("<h1>%1</h1><h2>%2</h2>")
                       .arg(both("Battery history report", "电池历史报告"),
                            escaped(h.info.name.isEmpty() ? toHex(h.info.deviceId) : h.info.name));
    html += QStringLiteral("<p>%1</p>")
                .arg(both("Every figure comes from samples whose block, Merkle proof and device "
                          "signature were verified against the chain below. Definitions and "
                          "sources: docs/battery-history.md.",
                          "所有数据均来自已按下列链验证区块、默克尔证明与设备签名的采样。"
                          "定义与出处见 docs/battery-history.md。"));
    html += identity(h);
    if (h.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(both("No verified samples in this window: nothing to report.",
                              "该时间范围内没有已验证的采样，无可报告内容。"));
    } else {
        html += QStringLiteral("<h2>%1</h2>").arg(both("Key figures", "关键指标"));
        html += keyFigures(h);
        html += QStringLiteral("<h2>%1</h2>").arg(both("Charts", "图表"));
        html += charts(doc, h);
        html += QStringLiteral("<h2>%1</h2>").arg(both("Negative events", "不良事件"));
        if (h.negativeEvents.empty()) {
            html += QStringLiteral("<p>%1</p>").arg(both("None.", "无。"));
        } else {
            html += QStringLiteral("<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(both("From (UTC)", "开始（UTC）"), both("Event", "事件"),
                             both("Record (block · index)", "记录（区块 · 序号）"));
            for (std::size_t i = 0; i < h.negativeEvents.size() && i < kEventRows; ++i) {
                const analytics::NegativeEvent& e = h.negativeEvents[i];
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 · %4</td></tr>")
                            .arg(utcMinute(e.startMs), escaped(e.describe().english()))
                            .arg(e.record.height)
                            .arg(e.record.index);
            }
            html += QStringLiteral("</table>");
            if (h.negativeEvents.size() > kEventRows)
                html += QStringLiteral("<p class='cap'>%1 %2</p>")
                            .arg(h.negativeEvents.size() - kEventRows)
                            .arg(both("more in the JSON export", "条见 JSON 导出"));
        }
    }
    doc.setHtml(html);
    const QString anchor = h.anchor ? QStringLiteral("%1 %2")
                                          .arg(h.anchor->header.height)
                                          .arg(toHex(h.anchor->hash).left(16))
                                    : QStringLiteral("-");
    return printPdf(doc, {QStringLiteral("PowerProof battery history %1").arg(h.info.name), tool,
                          QStringLiteral("chain %1… · anchor %2… · device %3")
                              .arg(toHex(h.chainId).left(16), anchor, toHex(h.info.deviceId))});
}

}  // namespace pp::report
