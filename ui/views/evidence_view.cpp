#include "evidence_view.h"

#include "charts/chart_panel.h"
#include "common/bytes.h"
#include "evidence/evidence_package.h"
#include "format.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

QString stepName(evidence::Step step)
{
    switch (step) {
        case evidence::Step::Zip:
            return EvidenceView::tr("ZIP: one top folder, safe paths, no links");
        case evidence::Step::Bag:
            return EvidenceView::tr("Bag: the manifests list every file, with its checksums");
        case evidence::Step::GenesisAndAnchor:
            return EvidenceView::tr("Genesis matches the chain id; the anchor block");
        case evidence::Step::Transitions:
            return EvidenceView::tr(
                "Every validator change up to the anchor, signed by the "
                "validators before it");
        case evidence::Step::Blocks:
            return EvidenceView::tr("Every block is in the anchor's history");
        case evidence::Step::Registrations:
            return EvidenceView::tr("Registrations signed by a registrar of genesis");
        case evidence::Step::Records:
            return EvidenceView::tr(
                "Every record is in its block and signed by its device's key "
                "in force");
        case evidence::Step::BagInfo:
            return EvidenceView::tr("bag-info.txt says what the document proves");
        case evidence::Step::Signature:
            return EvidenceView::tr("The exporter's signature (CMS)");
        case evidence::Step::TimeStamp:
            break;
    }
    return EvidenceView::tr("The time-stamp (RFC 3161)");
}

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells[c]));
}

}  // namespace

// What a check ended with: how many steps passed, and the verdict or why it stopped.
struct EvidenceView::Outcome
{
    int passed = 0;
    std::shared_ptr<const evidence::PackageVerdict> verdict;
    QString error;
    bool chainIdGiven = false;
};

EvidenceView::EvidenceView(QWidget* parent) : QWidget(parent)
{
    setWindowTitle(tr("Evidence package"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* openButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open package…"));
    chainId_ = new QLineEdit;
    chainId_->setPlaceholderText(
        tr("Chain id you trust (64 hex digits; from the operator or "
           "your regulator)"));
    chainId_->setAccessibleName(tr("Trusted chain id"));
    bar->addWidget(openButton);
    bar->addWidget(chainId_, 1);
    layout->addLayout(bar);
    path_ = new QLabel(tr("No package open."));
    path_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(path_);
    auto* progressRow = new QHBoxLayout;
    progress_ = new QProgressBar;
    progress_->setRange(0, evidence::kStepCount);
    cancel_ = new QPushButton(tr("Cancel"));
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    layout->addLayout(progressRow);
    progress_->hide();
    cancel_->hide();
    verdict_ = new QLabel;
    verdict_->setWordWrap(true);
    verdict_->setTextFormat(Qt::RichText);
    layout->addWidget(verdict_);

    auto* tabs = new QTabWidget;
    checks_ = table({tr("Check"), tr("Result")});
    tabs->addTab(checks_, tr("Checklist"));
    facts_ = table({tr("What"), tr("Value")});
    tabs->addTab(facts_, tr("Package"));
    auto* records = new QWidget;
    auto* recordsLayout = new QVBoxLayout(records);
    device_ = new QComboBox;
    device_->setAccessibleName(tr("Device"));
    chart_ = new ChartPanel(tr("Records in the package"));
    chart_->setMinimumHeight(260);
    recordsLayout->addWidget(device_);
    recordsLayout->addWidget(chart_, 1);
    tabs->addTab(records, tr("Records"));
    limits_ = new QLabel;
    limits_->setWordWrap(true);
    limits_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    limits_->setMargin(8);
    tabs->addTab(limits_, tr("What it cannot prove"));
    layout->addWidget(tabs, 1);

    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open evidence package"), QString(), tr("Evidence packages (*.zip)"));
        if (!path.isEmpty())
            open(path);
    });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (job_)
            job_->deleteLater();  // its result is dropped; the check ends on its own
        progress_->hide();
        cancel_->hide();
        verdict_->setText(tr("Check cancelled."));
    });
    connect(device_, &QComboBox::currentIndexChanged, this, &EvidenceView::showDevice);
}

void EvidenceView::open(const QString& path)
{
    std::optional<Digest> trusted;
    const QString typed = chainId_->text().trimmed();
    if (!typed.isEmpty()) {
        const auto bytes = fromHex(typed);
        trusted = bytes ? digestFromBytes(*bytes) : std::nullopt;
        if (!trusted) {
            verdict_->setText(
                tr("<b style='color:#b3261e'>The chain id must be 64 hex digits.</b>"));
            return;
        }
    }
    if (job_)
        job_->deleteLater();
    path_->setText(QFileInfo(path).absoluteFilePath());
    verdict_->setText(tr("Checking…"));
    checks_->setRowCount(0);
    progress_->setValue(0);
    progress_->show();
    cancel_->show();
    job_ = queue_.post(this, [this, path, trusted](JobContext& job) -> std::function<void()> {
        Outcome o;
        o.chainIdGiven = trusted.has_value();
        auto v = evidence::verifyPackage(
            path, trusted,
            [&](evidence::Step s) {
                o.passed = static_cast<int>(s) + 1;
                job.reportProgress(stepName(s), o.passed, evidence::kStepCount);
            },
            evidence::Contents::Decode);
        if (v)
            o.verdict = std::make_shared<const evidence::PackageVerdict>(std::move(*v));
        else
            o.error = v.error().localizedMessage();
        return [this, o] { present(o); };
    });
    connect(job_, &BackgroundJob::progress, progress_,
            [this](const QString&, qint64 done, qint64) { progress_->setValue(int(done)); });
}

void EvidenceView::present(const Outcome& o)
{
    progress_->hide();
    cancel_->hide();
    shown_ = o.verdict;
    const evidence::PackageVerdict* v = o.verdict.get();
    checks_->setRowCount(0);
    for (int i = 0; i < evidence::kStepCount; ++i) {
        const auto step = static_cast<evidence::Step>(i);
        QString result;
        if (i < o.passed) {
            result = tr("✔ passed");
            if (step == evidence::Step::Signature && v != nullptr && !v->signedByExporter)
                result = tr("— the package is not signed");
            if (step == evidence::Step::TimeStamp && v != nullptr && !v->timeStamped)
                result = tr("— the package is not time-stamped");
        } else if (i == o.passed && v == nullptr) {
            result = tr("✘ failed: %1").arg(o.error);
        } else {
            result = tr("not checked");
        }
        addRow(checks_, {stepName(step), result});
    }
    checks_->resizeRowsToContents();
    facts_->setRowCount(0);
    device_->clear();
    chart_->clear();
    if (v == nullptr) {
        verdict_->setText(
            tr("<b style='color:#b3261e'>✘ Does not verify.</b> %1").arg(o.error.toHtmlEscaped()));
        limits_->clear();
        emit verified(false);
        return;
    }
    const evidence::Verdict& e = v->evidence;
    verdict_->setText(
        o.chainIdGiven
            ? tr("<b style='color:#1b7f3b'>✔ Verified</b> against the chain id you gave: %1 "
                 "records of %2 device(s).")
                  .arg(Format::integer(e.records))
                  .arg(e.statement.devices.size())
            : tr("<b style='color:#1b7f3b'>✔ Verified</b> against the chain id the package "
                 "claims. <b>COMPARE %1 WITH A CHAIN ID YOU TRUST</b> (from the operator or your "
                 "regulator): a forger can make a whole chain of their own.")
                  .arg(toHex(e.chainId)));
    addRow(facts_, {tr("Chain"), QStringLiteral("%1\n%2").arg(e.chainName, toHex(e.chainId))});
    addRow(facts_,
           {tr("Anchor block"), QStringLiteral("%1 · %2\n%3")
                                    .arg(Format::integer(e.anchorHeight),
                                         Format::dateTime(e.anchorTimeMs), toHex(e.anchorHash))});
    addRow(facts_, {tr("Content"), tr("%1 records, %2 registrations, %3 validator changes")
                                       .arg(Format::integer(e.records))
                                       .arg(e.registrations)
                                       .arg(e.transitions)});
    addRow(facts_, {tr("Exported"),
                    tr("%1 with %2").arg(Format::dateTime(e.statement.timeMs), e.statement.tool)});
    addRow(facts_, {tr("Window asked for"),
                    tr("%1 to %2")
                        .arg(e.statement.fromMs == 0 ? tr("the start")
                                                     : Format::dateTime(e.statement.fromMs),
                             e.statement.toMs == UINT64_MAX ? tr("the anchor")
                                                            : Format::dateTime(e.statement.toMs))});
    if (e.statement.note)
        addRow(facts_, {tr("Note"), *e.statement.note});
    addRow(facts_, {tr("Signed by"),
                    v->signedByExporter
                        ? tr("%1\nissued by %2\nroot certificate SHA-256 %3")
                              .arg(v->signer, v->signerIssuer, v->trustRootSha256)
                        : tr("nobody: the package is unsigned, so it does not show who made it")});
    addRow(facts_, {tr("Time-stamp"),
                    v->timeStamped ? tr("%1 by %2").arg(Format::dateTime(v->timeStampMs), v->tsa)
                                   : tr("none: the package does not show when it was made")});
    facts_->resizeRowsToContents();
    QStringList limits;
    for (const Text& t : e.notices)
        limits << QStringLiteral("• ") + t.localized().toHtmlEscaped();
    limits_->setText(limits.join(QStringLiteral("<br>")));
    for (const evidence::DeviceContents& d : v->contents)
        device_->addItem(d.asset.name.isEmpty() ? Format::shortHex(d.asset.deviceId)
                                                : d.asset.name);
    showDevice(0);
    emit verified(true);
}

void EvidenceView::showDevice(int index)
{
    chart_->clear();
    if (!shown_ || index < 0 || index >= static_cast<int>(shown_->contents.size()))
        return;
    const evidence::DeviceContents& d = shown_->contents[static_cast<std::size_t>(index)];
    const int column = d.mainColumn();
    if (column < 0)
        return;
    auto [t, values] = d.series(static_cast<std::size_t>(column));
    const auto& [name, unit] = d.columns[static_cast<std::size_t>(column)];
    chart_->addLine(name, unit, std::move(t), std::move(values));
    chart_->setNote(tr("%1 records, %2 samples")
                        .arg(Format::integer(d.records.size()), Format::integer(d.sampleCount())));
}

}  // namespace pp::ui
