#pragma once

#include "evidence/fork_proof.h"
#include "evidence/package_contents.h"
#include "evidence/verdict.h"
#include "findings/finding.h"

#include <QByteArray>

namespace pp::evidence {

// What the report says besides the verified document: who exported, and what protects the
// package (neither can be in evidence.cbor, which they cover).
struct ReportContext
{
    QString exporter;  // the signer's subject; empty when the package is unsigned
    QString tsaUrl;    // empty when it is not time-stamped
    std::optional<ForkProof> fork;
};

// data/report.pdf (evidence.md §1, "for people"): a bilingual A4 report, English beside
// Chinese, of what was exported, by whom and when, the chain and anchor, each device's
// registration with a chart of its window, the incidents found, and how to verify the
// package. Made with QPdfWriter; needs a QGuiApplication (the CLI makes an offscreen one),
// and may be called from any thread.
QByteArray renderReport(const Verdict& verdict, const std::vector<DeviceContents>& devices,
                        const std::vector<findings::Finding>& findings,
                        const ReportContext& context);

}  // namespace pp::evidence
