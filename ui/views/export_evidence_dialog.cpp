#include "export_evidence_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

// The console shows times in UTC+8; the window is chosen the same way.
const QTimeZone kChina(8 * 3600);

QDateTime shown(std::uint64_t ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), kChina);
    return QDateTime(t.date(), t.time());
}

std::uint64_t chosen(const QDateTimeEdit* edit)
{
    const QDateTime t = edit->dateTime();
    return static_cast<std::uint64_t>(QDateTime(t.date(), t.time(), kChina).toMSecsSinceEpoch());
}

Error fieldError(const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, "ui.export", text, std::move(args));
}

Result<QByteArray> readFile(const QString& field, const QString& path)
{
    if (path.isEmpty())
        return fieldError(QT_TRANSLATE_NOOP("Error", "%1: choose a file"), {field});
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fieldError(QT_TRANSLATE_NOOP("Error", "%1: cannot read %2: %3"),
                          {field, path, f.errorString()});
    return f.readAll();
}

}  // namespace

ExportEvidenceDialog::ExportEvidenceDialog(
    const std::vector<std::pair<QByteArray, QString>>& assets, const SignerDefaults& defaults,
    QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export evidence package"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A package that a regulator, court or claims handler verifies offline with standard "
           "tools: the records with their proofs to the chain, a report and the how-to-verify "
           "notes in English and Chinese."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* what = new QGroupBox(tr("What"));
    auto* whatForm = new QFormLayout(what);
    devices_ = new QListWidget;
    devices_->setAccessibleName(tr("Devices"));
    for (const auto& [id, name] : assets) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  (%2…)").arg(name, QString::fromLatin1(id.toHex().left(8))),
            devices_);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
    }
    devices_->setMinimumHeight(110);
    whatForm->addRow(tr("Devices"), devices_);
    everything_ = new QCheckBox(tr("Every verified record of the devices"));
    everything_->setChecked(true);
    whatForm->addRow(tr("Window"), everything_);
    from_ = new QDateTimeEdit;
    to_ = new QDateTimeEdit;
    for (QDateTimeEdit* e : {from_, to_}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto* window = new QHBoxLayout;
    window->addWidget(from_);
    window->addWidget(new QLabel(tr("to")));
    window->addWidget(to_);
    window->addWidget(new QLabel(tr("UTC+8")));
    window->addStretch();
    whatForm->addRow(QString(), window);
    fork_ = new QCheckBox(tr("The fork's evidence: both conflicting blocks with their commits"));
    fork_->hide();
    whatForm->addRow(QString(), fork_);
    note_ = new QLineEdit;
    note_->setPlaceholderText(tr("Claim or case number, what the package is for"));
    whatForm->addRow(tr("Note"), note_);
    layout->addWidget(what);

    auto* who = new QGroupBox(tr("Signed and time-stamped by"));
    auto* whoForm = new QFormLayout(who);
    signer_ = new QComboBox;
    signer_->addItem(tr("Unsigned (the package says so)"), Unsigned);
    signer_->addItem(tr("Certificate and key (PEM)"), PemKey);
    signer_->addItem(tr("PKCS#12 file (.p12, .pfx)"), Pkcs12);
    whoForm->addRow(tr("Exporter's signature"), signer_);
    pemRows_ = new QWidget;
    auto* pemForm = new QFormLayout(pemRows_);
    pemForm->setContentsMargins(0, 0, 0, 0);
    const QString pem = tr("PEM files (*.pem *.crt *.key);;All files (*)");
    pemForm->addRow(tr("Certificate"), fileField(certificate_, pem, false));
    pemForm->addRow(tr("Private key"), fileField(key_, pem, false));
    pemForm->addRow(tr("Issuer chain"), fileField(chain_, pem, false));
    whoForm->addRow(pemRows_);
    pkcs12Rows_ = new QWidget;
    auto* p12Form = new QFormLayout(pkcs12Rows_);
    p12Form->setContentsMargins(0, 0, 0, 0);
    p12Form->addRow(tr("PKCS#12 file"),
                    fileField(pkcs12_, tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"), false));
    whoForm->addRow(pkcs12Rows_);
    passphrase_ = new QLineEdit;
    passphrase_->setEchoMode(QLineEdit::Password);
    passphrase_->setPlaceholderText(tr("Only if the key is encrypted"));
    passphrase_->setAccessibleName(tr("Passphrase"));
    whoForm->addRow(tr("Passphrase"), passphrase_);
    timeStamp_ = new QCheckBox(tr("Time-stamp at"));
    tsaUrl_ = new QLineEdit;
    tsaUrl_->setPlaceholderText(QStringLiteral("https://tsa.example/tsr"));
    whoForm->addRow(timeStamp_, tsaUrl_);
    whoForm->addRow(tr("Its root certificate"), fileField(tsaRoot_, pem, false));
    layout->addWidget(who);

    auto* where = new QFormLayout;
    where->addRow(tr("Save as"), fileField(output_, tr("Evidence packages (*.zip)"), true));
    layout->addLayout(where);

    error_ = new QLabel;
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c01c28"));
    error_->hide();
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto r = request(); !r) {
            error_->setText(r.error().localizedMessage());
            error_->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    certificate_->setText(defaults.certificate);
    key_->setText(defaults.key);
    chain_->setText(defaults.chain);
    tsaUrl_->setText(defaults.tsaUrl);
    tsaRoot_->setText(defaults.tsaRoot);
    signer_->setCurrentIndex(defaults.certificate.isEmpty() ? Unsigned : PemKey);
    timeStamp_->setChecked(!defaults.tsaUrl.isEmpty());
    const QDateTime now = QDateTime::currentDateTime();
    from_->setDateTime(now.addDays(-30));
    to_->setDateTime(now);
    connect(signer_, &QComboBox::currentIndexChanged, this, &ExportEvidenceDialog::updateEnabled);
    connect(everything_, &QCheckBox::toggled, this, &ExportEvidenceDialog::updateEnabled);
    connect(timeStamp_, &QCheckBox::toggled, this, &ExportEvidenceDialog::updateEnabled);
    updateEnabled();
}

QWidget* ExportEvidenceDialog::fileField(QLineEdit*& edit, const QString& filter, bool save)
{
    auto* row = new QWidget;
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit;
    auto* browse = new QPushButton(tr("Browse…"));
    box->addWidget(edit, 1);
    box->addWidget(browse);
    QLineEdit* target = edit;
    connect(browse, &QPushButton::clicked, this, [this, target, filter, save] {
        const QString path =
            save ? QFileDialog::getSaveFileName(this, tr("Save the package as"), target->text(),
                                                filter)
                 : QFileDialog::getOpenFileName(this, tr("Choose a file"), target->text(), filter);
        if (!path.isEmpty())
            target->setText(path);
    });
    return row;
}

void ExportEvidenceDialog::updateEnabled()
{
    const int kind = signer_->currentData().toInt();
    pemRows_->setVisible(kind == PemKey);
    pkcs12Rows_->setVisible(kind == Pkcs12);
    passphrase_->setEnabled(kind != Unsigned);
    from_->setEnabled(!everything_->isChecked());
    to_->setEnabled(!everything_->isChecked());
    tsaUrl_->setEnabled(timeStamp_->isChecked());
    tsaRoot_->parentWidget()->setEnabled(timeStamp_->isChecked());
}

void ExportEvidenceDialog::setSelection(const QByteArray& device, std::uint64_t fromMs,
                                        std::uint64_t toMs, const QString& note)
{
    for (int i = 0; i < devices_->count(); ++i) {
        QListWidgetItem* item = devices_->item(i);
        const bool chosenDevice = item->data(Qt::UserRole).toByteArray() == device;
        item->setCheckState(chosenDevice ? Qt::Checked : Qt::Unchecked);
        if (chosenDevice)
            devices_->scrollToItem(item);
    }
    everything_->setChecked(fromMs == 0 && toMs == UINT64_MAX);
    if (!everything_->isChecked()) {
        from_->setDateTime(shown(fromMs));
        // The edit shows minutes: round the end up so that the last record stays inside.
        to_->setDateTime(shown(toMs + 59'999));
    }
    note_->setText(note);
}

void ExportEvidenceDialog::offerFork(bool available, bool checked)
{
    fork_->setVisible(available);
    fork_->setChecked(available && checked);
}

void ExportEvidenceDialog::setOutputPath(const QString& path)
{
    output_->setText(path);
}

Result<EvidenceRequest> ExportEvidenceDialog::request() const
{
    EvidenceRequest r;
    for (int i = 0; i < devices_->count(); ++i) {
        if (devices_->item(i)->checkState() == Qt::Checked)
            r.selection.devices.push_back(devices_->item(i)->data(Qt::UserRole).toByteArray());
    }
    r.selection.fork = fork_->isChecked();
    if (r.selection.devices.empty() && !r.selection.fork)
        return fieldError(QT_TRANSLATE_NOOP("Error", "choose at least one device"));
    if (!everything_->isChecked()) {
        r.selection.fromMs = chosen(from_);
        r.selection.toMs = chosen(to_);
        if (r.selection.fromMs >= r.selection.toMs)
            return fieldError(QT_TRANSLATE_NOOP("Error", "the window must end after it starts"));
    }
    if (!note_->text().trimmed().isEmpty())
        r.selection.note = note_->text().trimmed();
    r.selection.tool = QStringLiteral("powerproof ") + QCoreApplication::applicationVersion();
    r.selection.nowMs = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());

    const QByteArray passphrase = passphrase_->text().toUtf8();
    switch (signer_->currentData().toInt()) {
        case PemKey: {
            auto cert = readFile(tr("Certificate"), certificate_->text());
            auto key = readFile(tr("Private key"), key_->text());
            if (const Error* e = firstError(cert, key))
                return *e;
            QByteArray chain;
            if (!chain_->text().isEmpty()) {
                auto c = readFile(tr("Issuer chain"), chain_->text());
                if (!c)
                    return std::move(c).error();
                chain = *c;
            }
            r.signing = evidence::Signing{*cert, *key, chain, passphrase};
            break;
        }
        case Pkcs12: {
            auto file = readFile(tr("PKCS#12 file"), pkcs12_->text());
            if (!file)
                return std::move(file).error();
            auto signing = evidence::signingFromPkcs12(*file, passphrase);
            if (!signing)
                return std::move(signing).error();
            r.signing = std::move(*signing);
            break;
        }
        default:
            break;
    }
    if (timeStamp_->isChecked()) {
        auto root = readFile(tr("Its root certificate"), tsaRoot_->text());
        if (!root)
            return std::move(root).error();
        if (tsaUrl_->text().trimmed().isEmpty())
            return fieldError(QT_TRANSLATE_NOOP("Error", "give the time-stamping authority's URL"));
        r.timeStamping = evidence::TimeStamping{tsaUrl_->text().trimmed(), *root};
    }
    r.path = output_->text().trimmed();
    if (r.path.isEmpty())
        return fieldError(QT_TRANSLATE_NOOP("Error", "choose where to save the package"));
    return r;
}

}  // namespace pp::ui
