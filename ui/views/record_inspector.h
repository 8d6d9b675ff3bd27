#pragma once

#include "lightnode/record_inspection.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QPlainTextEdit;
class QTabWidget;

namespace pp::ui {

class WorkspaceSession;

// One record, everything about it: the checks re-run with what each established, every
// decoded quantity with its unit, the raw bytes, signer and algorithm, the Merkle proof
// path, the block header fields and the commit's signers. "Re-verify" runs the checks
// again from the bytes in the workspace.
class RecordInspector : public QDialog
{
    Q_OBJECT

public:
    RecordInspector(WorkspaceSession* session, std::uint64_t height, std::uint64_t index,
                    QWidget* parent = nullptr);

    void reverify();
    const lightnode::RecordInspection* inspection() const { return inspection_.get(); }
    QTableWidget* checks() const { return checks_; }
    QTableWidget* quantities() const { return quantities_; }

signals:
    void inspected();

private:
    void display(std::shared_ptr<const lightnode::RecordInspection> inspection);
    void showQuantities(const lightnode::RecordInspection& i);
    void showBlock(const lightnode::RecordInspection& i);

    WorkspaceSession* session_;
    std::uint64_t height_, index_;
    std::shared_ptr<const lightnode::RecordInspection> inspection_;
    QLabel* verdict_;
    QPushButton* reverify_;
    QTableWidget* checks_;
    QTableWidget* quantities_;
    QPlainTextEdit* raw_;
    QPlainTextEdit* block_;
};

}  // namespace pp::ui
