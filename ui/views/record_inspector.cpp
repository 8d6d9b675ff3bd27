#include "record_inspector.h"

#include "crypto/sig_alg.h"
#include "format.h"
#include "records/sample_quantities.h"
#include "session/workspace_session.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

using Outcome = lightnode::InspectionCheck::Outcome;

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QPlainTextEdit* monospace()
{
    auto* e = new QPlainTextEdit;
    e->setReadOnly(true);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}

QString hexDump(const QByteArray& bytes)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size(); i += 16) {
        out += QStringLiteral("%1  %2\n")
                   .arg(i, 6, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(bytes.mid(i, 16).toHex(' ')));
    }
    return out;
}

}  // namespace

RecordInspector::RecordInspector(WorkspaceSession* session, std::uint64_t height,
                                 std::uint64_t index, QWidget* parent)
    : QDialog(parent), session_(session), height_(height), index_(index)
{
    setWindowTitle(tr("Record at block %1, index %2").arg(height).arg(index));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    verdict_ = new QLabel(tr("Checking…"));
    verdict_->setWordWrap(true);
    head->addWidget(verdict_, 1);
    reverify_ = new QPushButton(QIcon(QStringLiteral(":/icons/verify.svg")), tr("Re-verify"));
    reverify_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reverify_->setToolTip(tr("Run every check again from the stored bytes (Ctrl+R)"));
    head->addWidget(reverify_);
    layout->addLayout(head);

    auto* tabs = new QTabWidget;
    checks_ = table({tr("Check"), tr("Result"), tr("What it established")});
    quantities_ = table({tr("Sample time"), tr("Quantity"), tr("Value"), tr("Unit")});
    raw_ = monospace();
    block_ = monospace();
    tabs->addTab(checks_, tr("Checks"));
    tabs->addTab(quantities_, tr("Decoded values"));
    tabs->addTab(raw_, tr("Raw bytes"));
    tabs->addTab(block_, tr("Signer, proof and block"));
    layout->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(reverify_, &QPushButton::clicked, this, &RecordInspector::reverify);
    connect(session_, &WorkspaceSession::inspected, this,
            [this](std::shared_ptr<const lightnode::RecordInspection> i) {
                if (i->height == height_ && i->index == index_)
                    display(std::move(i));
            });
    reverify();
}

void RecordInspector::reverify()
{
    reverify_->setEnabled(false);
    verdict_->setText(tr("Checking…"));
    session_->inspect(height_, index_);
}

void RecordInspector::display(std::shared_ptr<const lightnode::RecordInspection> inspection)
{
    inspection_ = std::move(inspection);
    const lightnode::RecordInspection& i = *inspection_;
    reverify_->setEnabled(true);
    verdict_->setText(i.verified()
                          ? tr("<b style='color:#1b7f3b'>✔ Verified.</b> Every check passed again "
                               "from the bytes in the workspace.")
                          : tr("<b style='color:#b3261e'>✘ Not verified.</b> A check failed: the "
                               "stored record or its proof does not match the chain. Do not rely "
                               "on this record; sync again from a trusted node."));
    checks_->setRowCount(static_cast<int>(i.checks.size()));
    for (int r = 0; r < static_cast<int>(i.checks.size()); ++r) {
        const lightnode::InspectionCheck& c = i.checks[static_cast<std::size_t>(r)];
        const QString result = c.outcome == Outcome::Passed   ? tr("✔ passed")
                               : c.outcome == Outcome::Failed ? tr("✘ failed")
                                                              : tr("not run");
        checks_->setItem(r, 0, new QTableWidgetItem(QCoreApplication::translate("Check", c.what)));
        checks_->setItem(r, 1, new QTableWidgetItem(result));
        checks_->setItem(
            r, 2,
            new QTableWidgetItem(c.error ? c.error->localizedMessage() : c.detail.localized()));
    }
    raw_->setPlainText(tr("COSE_Sign1, %n byte(s):", nullptr, static_cast<int>(i.bytes.size())) +
                       QStringLiteral("\n") + hexDump(i.bytes));
    showQuantities(i);
    showBlock(i);
    emit inspected();
}

namespace {

// A value, the marker a terminal sent in its place, or its codes.
QString valueText(const records::NamedQuantity& q)
{
    if (q.value)
        return Format::number(*q.value, 3);
    if (q.text == u"abnormal")
        return RecordInspector::tr("abnormal");
    if (q.text == u"invalid")
        return RecordInspector::tr("invalid");
    return q.text.isEmpty() ? RecordInspector::tr("not reported") : q.text;
}

}  // namespace

void RecordInspector::showQuantities(const lightnode::RecordInspection& i)
{
    quantities_->setRowCount(0);
    if (!i.record)
        return;
    int r = 0;
    for (const records::DecodedSample& s :
         records::decodeSamples(i.record->body, records::Detail::Full)) {
        for (const records::NamedQuantity& q : s.quantities) {
            quantities_->insertRow(r);
            quantities_->setItem(r, 0, new QTableWidgetItem(Format::dateTime(s.timeMs)));
            quantities_->setItem(r, 1, new QTableWidgetItem(q.name));
            quantities_->setItem(r, 2, new QTableWidgetItem(valueText(q)));
            quantities_->setItem(r, 3, new QTableWidgetItem(q.unit));
            ++r;
        }
    }
}

void RecordInspector::showBlock(const lightnode::RecordInspection& i)
{
    QStringList out;
    if (i.record) {
        const records::RecordBody& b = i.record->body;
        out << tr("Record: type %1, seq %2, time %3, %n sample(s)", nullptr,
                  static_cast<int>(b.sampleCount()))
                   .arg(static_cast<int>(b.type))
                   .arg(b.seq)
                   .arg(Format::dateTime(b.timeMs));
        out << tr("Device: %1").arg(QString::fromLatin1(b.deviceId.toHex()));
        out << tr("Signer (kid): %1, algorithm %2")
                   .arg(QString::fromLatin1(i.record->envelope.kid.toHex()),
                        crypto::sigAlgName(i.record->envelope.alg));
    }
    out << QString()
        << tr("Merkle proof path (leaf %1, sibling hashes from the leaf up):").arg(i.index);
    for (const Digest& d : i.proof)
        out << QStringLiteral("  ") + toHex(d);
    if (i.header) {
        const chain::Header& h = i.header->header;
        out << QString() << tr("Block header %1:").arg(h.height)
            << tr("  hash             %1").arg(toHex(i.header->hash))
            << tr("  time             %1").arg(Format::dateTime(h.timeMs))
            << tr("  prev_hash        %1").arg(toHex(h.prevHash))
            << tr("  history_root     %1").arg(toHex(h.historyRoot))
            << tr("  records_root     %1").arg(toHex(h.recordsRoot))
            << tr("  record_count     %1").arg(h.recordCount)
            << tr("  validators_hash  %1").arg(toHex(h.validatorsHash))
            << tr("  next_validators  %1").arg(toHex(h.nextValidatorsHash));
    }
    if (i.commitHeight) {
        out << QString()
            << tr("Commit of block %1, signed by: %2")
                   .arg(*i.commitHeight)
                   .arg(i.commitSigners.join(QStringLiteral(", ")));
    }
    block_->setPlainText(out.join(QLatin1Char('\n')));
}

}  // namespace pp::ui
