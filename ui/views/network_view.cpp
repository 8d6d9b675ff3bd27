#include "network_view.h"

#include "crypto/sig_alg.h"
#include "format.h"
#include "session/workspace_session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

QTableWidget* table(const QStringList& headers, const QString& name)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

}  // namespace

NetworkView::NetworkView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), session_(session)
{
    auto* layout = new QVBoxLayout(this);
    fork_ = new QLabel;
    fork_->setWordWrap(true);
    fork_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fork_->setStyleSheet(QStringLiteral(
        "QLabel { background: #b3261e; color: white; padding: 10px; border-radius: 4px; }"));
    fork_->hide();
    layout->addWidget(fork_);

    auto* bar = new QHBoxLayout;
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(summary_, 1);
    sync_ = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync now"));
    stop_ = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Stop"));
    bar->addWidget(sync_);
    bar->addWidget(stop_);
    layout->addLayout(bar);
    connect(sync_, &QPushButton::clicked, session_, [this] { session_->sync(); });
    connect(stop_, &QPushButton::clicked, session_, &WorkspaceSession::cancelSync);

    auto* peers = new QGroupBox(tr("Nodes"));
    auto* peersLayout = new QVBoxLayout(peers);
    witnesses_ = table({tr("Role"), tr("URL"), tr("State"), tr("Detail")}, tr("Nodes"));
    peersLayout->addWidget(witnesses_);
    layout->addWidget(peers, 1);

    auto* sets = new QGroupBox(tr("Validator sets"));
    auto* setsLayout = new QVBoxLayout(sets);
    validators_ = table({tr("From block"), tr("Validator"), tr("Power"), tr("Algorithm")},
                        tr("Validator sets"));
    setsLayout->addWidget(validators_);
    layout->addWidget(sets, 2);
    setSyncing(false);
}

QString NetworkView::statusText(const QString& status)
{
    // The words the light node records of a witness, shown in the user's language.
    if (status == u"ok")
        return tr("ok");
    if (status == u"behind")
        return tr("behind");
    if (status == u"faulty")
        return tr("faulty");
    if (status == u"fork")
        return tr("fork");
    if (status == u"unreachable")
        return tr("unreachable");
    return status;
}

void NetworkView::setPrimary(const QString& url)
{
    primary_ = url;
}

void NetworkView::setSyncing(bool syncing)
{
    sync_->setEnabled(!syncing && session_->canSync());
    sync_->setToolTip(session_->canSync() ? tr("Fetch and verify what is new (F5)")
                                          : tr("Open the workspace from a network to sync it"));
    stop_->setEnabled(syncing);
}

QString NetworkView::notSyncedText(const std::vector<lightnode::DeviceHoles>& devices)
{
    // A window synced over a fleet leaves the same stretch out of every device: the first
    // device's stretches say which, the count how wide.
    // To the second: a window's edges are times, not days.
    QStringList spans;
    for (const lightnode::CoverageHole& h : devices.front().holes) {
        spans << (h.fromMs == 0 && h.toMs == UINT64_MAX ? tr("all time")
                  : h.fromMs == 0 ? tr("before %1").arg(Format::dateTime(h.toMs))
                  : h.toMs == UINT64_MAX
                      ? tr("from %1 on").arg(Format::dateTime(h.fromMs))
                      : tr("%1 to %2").arg(Format::dateTime(h.fromMs), Format::dateTime(h.toMs)));
    }
    return tr("<b>Not synced:</b> %n device(s) lack records of part of their time (%1), "
              "left out by a sync with a time window. The next sync fetches them.",
              nullptr, static_cast<int>(devices.size()))
        .arg(spans.join(QStringLiteral("; ")).toHtmlEscaped());
}

void NetworkView::setNetwork(const std::shared_ptr<const lightnode::NetworkState>& n)
{
    QStringList lines;
    lines << tr("<b>%1</b> · chain id %2").arg(n->chainName.toHtmlEscaped(), toHex(n->chainId));
    if (n->tip)
        lines << tr("Verified tip: block %1, %2")
                     .arg(Format::integer(n->tip->header.height),
                          Format::dateTime(n->tip->header.timeMs));
    lines << (n->headersSynced ? tr("Headers verified by hash links: 0 … %1")
                                     .arg(Format::integer(*n->headersSynced))
                               : tr("Headers: tip only (history proofs)"));
    if (!n->notSynced.empty())
        lines << notSyncedText(n->notSynced);
    summary_->setText(lines.join(QStringLiteral("<br>")));

    witnesses_->setRowCount(static_cast<int>(n->witnesses.size()) + 1);
    setRow(witnesses_, 0,
           {tr("Primary"), primary_.isEmpty() ? tr("(not connected)") : primary_,
            n->fork              ? tr("fork")
            : primary_.isEmpty() ? QString()
                                 : tr("ok"),
            QString()});
    for (std::size_t i = 0; i < n->witnesses.size(); ++i) {
        const lightnode::WitnessState& w = n->witnesses[i];
        setRow(witnesses_, static_cast<int>(i) + 1,
               {tr("Witness"), w.url, statusText(w.status), w.detail.localized()});
    }

    int rows = 0;
    for (const auto& s : n->sets)
        rows += static_cast<int>(s.validators.size());
    validators_->setRowCount(rows);
    int r = 0;
    for (const auto& s : n->sets) {
        for (const chain::Validator& v : s.validators.validators()) {
            setRow(validators_, r++,
                   {s.fromHeight == 0 ? tr("genesis") : Format::integer(s.fromHeight), v.name,
                    Format::integer(v.power), crypto::sigAlgName(v.key.alg())});
        }
    }

    fork_->setVisible(n->fork.has_value());
    if (n->fork) {
        const chain::ForkEvidence& f = *n->fork;
        fork_->setText(tr("<b>Fork detected at block %1.</b> Witness %2 holds a different block "
                          "signed by enough validators. Sync is halted; the evidence (both headers "
                          "and both commits) is stored in the workspace. Validators who signed "
                          "both: %3. Tell the network operator and your regulator.")
                           .arg(Format::integer(f.height), f.witness.toHtmlEscaped(),
                                f.doubleSigners.toHtmlEscaped()));
    }
}

}  // namespace pp::ui
