#pragma once

#include "findings/finding.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace pp::ui {

// Every finding in the workspace: code, asset, time, block position and the detail the
// light node wrote (English, with the numbers). The code's explanation, translated, is the
// tooltip and ExplanationRole.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Asset, Time, Block, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole, CodeRole, HeightRole, IndexRole, ExplanationRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings);
    const findings::Finding& finding(std::size_t row) const { return (*findings_)[row]; }
    // Names to show for device ids (from the portfolio).
    void setAssetNames(QHash<QByteArray, QString> names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString explanation(const QString& code);
    // The asset's name in `names`, "The chain" for chain-level findings, else a short id.
    static QString assetName(const QHash<QByteArray, QString>& names, const QByteArray& deviceId);

private:
    std::shared_ptr<const std::vector<findings::Finding>> findings_;
    QHash<QByteArray, QString> names_;
};

}  // namespace pp::ui
