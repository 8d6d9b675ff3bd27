#include "evidence/evidence_report.h"

#include "analytics/incidents.h"
#include "common/bytes.h"
#include "report/bilingual_html.h"
#include "report/chart_image.h"
#include "report/pdf_printer.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace pp::evidence {

namespace {

constexpr std::size_t kIncidentRows = 60;  // the rest are in findings.csv

using report::both;
using report::escaped;
using report::row;

QString iso(std::uint64_t ms)
{
    return report::utcMinute(ms);
}

// A line chart of one column over the window, titled with its quantity.
QImage chart(const DeviceContents& d, std::size_t column)
{
    auto [x, y] = d.series(column);
    const auto& [quantity, unit] = d.columns[column];
    report::LineChartSpec spec;
    spec.title = QStringLiteral("%1: %2%3")
                     .arg(both("Chart", "曲线"), quantity,
                          unit.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(unit));
    spec.lines.push_back({std::move(x), std::move(y), QColor(0x1f, 0x6f, 0xb4), {}, false, 0});
    return report::lineChart(spec);
}

QString className(records::AssetClass c)
{
    switch (c) {
        case records::AssetClass::Battery:
            return both("Battery pack", "电池包");
        case records::AssetClass::Vehicle:
            return both("Vehicle", "车辆");
        case records::AssetClass::Pv:
            break;
    }
    return both("PV station", "光伏电站");
}

QString deviceSection(QTextDocument& doc, const DeviceContents& d, std::size_t n)
{
    QString html =
        QStringLiteral("<h3>%1</h3><table>")
            .arg(escaped(d.asset.name.isEmpty() ? QString::fromLatin1(d.asset.deviceId.toHex())
                                                : d.asset.name));
    html +=
        row(both("Device id", "设备标识"),
            QStringLiteral("<code>%1</code>").arg(QString::fromLatin1(d.asset.deviceId.toHex())));
    html += row(both("Kind", "类型"), escaped(className(d.asset.assetClass)));
    for (const auto& [label, value] :
         {std::pair{both("Owner", "所有者"), d.asset.owner},
          std::pair{both("Manufacturer", "制造商"), d.asset.manufacturer},
          std::pair{both("Model", "型号"), d.asset.model},
          std::pair{both("Chemistry", "电化学体系"), d.asset.chemistry},
          std::pair{QStringLiteral("VIN"), d.asset.vin}}) {
        if (!value.isEmpty())
            html += row(label, escaped(value));
    }
    if (d.asset.capacityW)
        html += row(both("DC rating", "直流装机容量"),
                    QStringLiteral("%1 kW").arg(*d.asset.capacityW / 1000, 0, 'f', 1));
    if (d.asset.capacityWh)
        html += row(both("Energy capacity", "额定能量"),
                    QStringLiteral("%1 kWh").arg(*d.asset.capacityWh / 1000, 0, 'f', 1));
    if (d.asset.commissionedMs)
        html += row(both("Commissioned", "投运时间"), iso(*d.asset.commissionedMs));
    if (d.asset.latitude && d.asset.longitude)
        html += row(both("Location", "位置"), QStringLiteral("%1°, %2°")
                                                  .arg(*d.asset.latitude, 0, 'f', 4)
                                                  .arg(*d.asset.longitude, 0, 'f', 4));
    if (d.asset.revoked)
        html += row(both("Registration", "注册状态"), both("revoked", "已撤销"));
    html +=
        row(both("Records in package", "包内记录"),
            QStringLiteral("%1 (%2 samples · 个采样)").arg(d.records.size()).arg(d.sampleCount()));
    if (!d.records.empty())
        html += row(both("Record times", "记录时间"),
                    QStringLiteral("%1 — %2 UTC")
                        .arg(iso(d.records.front().timeMs), iso(d.records.back().timeMs)));
    html += QStringLiteral("</table>");
    const int column = d.mainColumn();
    const QImage image = column < 0 ? QImage() : chart(d, static_cast<std::size_t>(column));
    if (!image.isNull()) {
        const QUrl name(QStringLiteral("chart%1.png").arg(n));
        doc.addResource(QTextDocument::ImageResource, name, image);
        html += QStringLiteral("<p><img src='%1' width='640'></p>").arg(name.toString());
    }
    return html;
}

const char* severityName(analytics::Incident::Severity s)
{
    switch (s) {
        case analytics::Incident::Severity::Critical:
            return "critical · 严重";
        case analytics::Incident::Severity::High:
            return "high · 高";
        case analytics::Incident::Severity::Medium:
            break;
    }
    return "medium · 中";
}

QString incidentsSection(const std::vector<DeviceContents>& devices,
                         const std::vector<findings::Finding>& findings)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(both("Incidents found", "发现的事件"));
    const auto incidents = analytics::groupIncidents(findings, analytics::kIncidentGapMs);
    if (incidents.empty())
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(both("The light node found nothing about these devices in the window.",
                             "轻节点在此时间范围内未发现这些设备的异常。"));
    html += QStringLiteral("<p>%1</p>")
                .arg(QStringLiteral("%1 findings in %2 incidents; every finding is in "
                                    "findings.csv. · 共 %1 条发现，归为 %2 个事件；全部发现见 "
                                    "findings.csv。")
                         .arg(findings.size())
                         .arg(incidents.size()));
    html += QStringLiteral(
                "<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                "<th>%5</th></tr>")
                .arg(both("Severity", "严重程度"), both("Device", "设备"), both("What", "内容"),
                     both("From – to (UTC)", "起止时间"), both("Records", "记录数"));
    for (std::size_t i = 0; i < incidents.size() && i < kIncidentRows; ++i) {
        const analytics::Incident& n = incidents[i];
        QString who = QString::fromLatin1(n.deviceId.toHex());
        for (const DeviceContents& d : devices)
            if (d.asset.deviceId == n.deviceId && !d.asset.name.isEmpty())
                who = d.asset.name;
        QString what = escaped(n.what.english());
        if (const QString local = n.what.localized(); local != n.what.english())
            what += QStringLiteral("<br>") + escaped(local);
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td><b>%3</b> %4</td><td>%5 – %6</td>"
                "<td>%7</td></tr>")
                .arg(QString::fromUtf8(severityName(n.severity)), escaped(who), n.code, what,
                     n.firstMs ? iso(n.firstMs) : QString(), n.lastMs ? iso(n.lastMs) : QString())
                .arg(n.findings.size());
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

QByteArray renderReport(const Verdict& verdict, const std::vector<DeviceContents>& devices,
                        const std::vector<findings::Finding>& findings,
                        const ReportContext& context)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(report::styleSheet());
    const Statement& s = verdict.statement;
    QString html = QStringLiteral("<h1>%1</h1>").arg(both("Evidence package report", "证据包报告"));
    html += QStringLiteral("<p>%1</p>")
                .arg(both("This report is a readable copy. What proves is data/evidence.cbor, "
                          "checked as the last section says.",
                          "本报告仅为便于阅读的副本；具有证明力的是 "
                          "data/evidence.cbor，验证方法见最后一节。"));
    html += QStringLiteral("<table>");
    html += row(both("Chain", "链"), QStringLiteral("%1<br><code>%2</code>")
                                         .arg(escaped(verdict.chainName), toHex(verdict.chainId)));
    html += row(both("Anchor block", "锚定区块"),
                QStringLiteral("%1 · %2 UTC<br><code>%3</code>")
                    .arg(verdict.anchorHeight)
                    .arg(iso(verdict.anchorTimeMs), toHex(verdict.anchorHash)));
    html += row(both("Exported", "导出时间"), iso(s.timeMs) + QStringLiteral(" UTC"));
    html +=
        row(both("Exported by", "导出者"),
            context.exporter.isEmpty() ? both("nobody: the package is unsigned", "无：本包未签名")
                                       : escaped(context.exporter));
    html += row(both("Time-stamp authority", "时间戳机构"),
                context.tsaUrl.isEmpty() ? both("none", "无") : escaped(context.tsaUrl));
    html += row(both("Tool", "工具"), escaped(s.tool));
    html += row(both("Window asked for", "请求的时间范围"),
                QStringLiteral("%1 — %2 UTC")
                    .arg(s.fromMs == 0 ? both("start", "开始") : iso(s.fromMs),
                         s.toMs == UINT64_MAX ? both("anchor", "锚定区块") : iso(s.toMs)));
    if (s.note)
        html += row(both("Note", "备注"), escaped(*s.note));
    html += row(both("Content", "内容"),
                QStringLiteral("%1 records, %2 registrations, %3 validator changes · %1 条记录，%2 "
                               "条注册，%3 次验证者变更")
                    .arg(verdict.records)
                    .arg(verdict.registrations)
                    .arg(verdict.transitions));
    html += QStringLiteral("</table>");

    if (context.fork) {
        const ForkProof& f = *context.fork;
        html += QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                    .arg(both("Fork", "分叉"),
                         both("Two different blocks at one height, each signed by more than two "
                              "thirds of the validators in force: the validators signed two "
                              "histories. data/fork/ holds both headers and both commits.",
                              "同一高度的两个不同区块，均获得当时超过三分之二验证者的签名：验证者签"
                              "署了两段历史。"
                              "data/fork/ 中保存了两个区块头及其提交。"));
        html += row(both("Height", "高度"), QString::number(f.height));
        html += row(both("Block A (primary)", "区块 A（主节点）"),
                    QStringLiteral("<code>%1</code>").arg(f.hashA));
        html += row(both("Block B (witness)", "区块 B（见证节点）"),
                    QStringLiteral("<code>%1</code>").arg(f.hashB));
        html += row(both("Signed both", "双重签名者"), escaped(f.doubleSigners.join(u", ")));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(both("Devices", "设备"));
    for (std::size_t i = 0; i < devices.size(); ++i)
        html += deviceSection(doc, devices[i], i);
    html += incidentsSection(devices, findings);
    if (!verdict.notices.empty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(both("Notices of the check", "验证提示"));
        for (const Text& t : verdict.notices)
            html += QStringLiteral("<li>%1</li>").arg(escaped(t.english()));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2><p>%2</p><pre>")
                .arg(both("How to verify", "如何验证"),
                     both("Unzip the package, then in its top folder run the commands below. "
                          "VERIFY.md and 验证说明.md explain each step.",
                          "解压后在顶层目录运行以下命令；各步骤详见 VERIFY.md 与 验证说明.md。"));
    html += escaped(QStringLiteral("sha256sum -c tagmanifest-sha256.txt\n"
                                   "sha256sum -c manifest-sha256.txt\n"
                                   "powerproof-cli evidence verify PACKAGE.zip --chain-id %1\n")
                        .arg(toHex(verdict.chainId)));
    if (!context.exporter.isEmpty())
        html += escaped(QStringLiteral(
            "openssl cms -verify -binary -inform DER -in signatures/tagmanifest-sha256.txt.p7s "
            "-content tagmanifest-sha256.txt -CAfile data/trust/chain.pem -purpose any\n"));
    if (!context.tsaUrl.isEmpty())
        html += escaped(QStringLiteral(
            "openssl ts -verify -data tagmanifest-sha256.txt -in "
            "timestamps/tagmanifest-sha256.txt.tsr -CAfile data/trust/tsa-chain.pem\n"));
    html += QStringLiteral("</pre><p>%1</p>")
                .arg(both("Obtain the chain id from the chain's operator or your regulator, "
                          "not from this report.",
                          "请向链的运营方或监管机构获取链标识，不要以本报告为准。"));
    doc.setHtml(html);

    return report::printPdf(doc, {QStringLiteral("PowerProof evidence package %1 / %2")
                                      .arg(toHex(verdict.chainId).left(12))
                                      .arg(verdict.anchorHeight),
                                  s.tool,
                                  QStringLiteral("chain %1… · anchor %2 %3…")
                                      .arg(toHex(verdict.chainId).left(16))
                                      .arg(verdict.anchorHeight)
                                      .arg(toHex(verdict.anchorHash).left(16))});
}

}  // namespace pp::evidence
