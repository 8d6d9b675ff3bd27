#pragma once

#include "common/result.h"
#include "evidence/package_types.h"
#include "evidence/selection.h"

#include <QDialog>

#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pp::ui {

// What an export needs: the records, who signs, who time-stamps, and where it goes.
struct EvidenceRequest
{
    evidence::Selection selection;
    std::optional<evidence::Signing> signing;
    std::optional<evidence::TimeStamping> timeStamping;
    QString path;
};

// Where the demo network keeps its exporter certificate and TSA: the dialog's defaults, so
// the demo signs and time-stamps out of the box.
struct SignerDefaults
{
    QString certificate, key, chain;  // PEM files
    QString tsaUrl, tsaRoot;
};

// The export wizard's one page: devices (checked), the window (every verified record, or
// from/to in UTC+8 as the console shows times), a note, the signer (none, PEM certificate
// and key, or a PKCS#12 file, with a passphrase), the time-stamping authority and the file
// to write. request() reads the key files and says what is wrong by field.
class ExportEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    // `assets`: every registered device with its name.
    ExportEvidenceDialog(const std::vector<std::pair<QByteArray, QString>>& assets,
                         const SignerDefaults& defaults, QWidget* parent = nullptr);

    // Pre-selects a device and a window (an incident's, a finding's, an asset page's).
    void setSelection(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                      const QString& note);
    void setOutputPath(const QString& path);
    // Shows "the fork's evidence" when the workspace holds a fork, checked when asked.
    void offerFork(bool available, bool checked);

    // What was chosen, with the key files read; an error names the field at fault. The
    // Export button asks it first and shows its error instead of closing.
    Result<EvidenceRequest> request() const;

private:
    enum SignerKind { Unsigned, PemKey, Pkcs12 };
    QWidget* fileField(QLineEdit*& edit, const QString& filter, bool save);
    void updateEnabled();

    QListWidget* devices_;
    QCheckBox* everything_;
    QCheckBox* fork_;
    QDateTimeEdit *from_, *to_;
    QLineEdit* note_;
    QComboBox* signer_;
    QLineEdit *certificate_, *key_, *chain_, *pkcs12_, *passphrase_;
    QWidget *pemRows_, *pkcs12Rows_;
    QCheckBox* timeStamp_;
    QLineEdit *tsaUrl_, *tsaRoot_;
    QLineEdit* output_;
    QLabel* error_;
};

}  // namespace pp::ui
