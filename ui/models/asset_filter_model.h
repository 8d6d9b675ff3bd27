#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace pp::ui {

// Filters the asset table by class and by a search over name, owner, location and VIN;
// sorts by the model's SortRole.
class AssetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterModel(QObject* parent = nullptr);

    void setAssetClass(std::optional<int> assetClass);  // none: every class
    void setSearch(const QString& text);
    void setOnlyWithFindings(bool only);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    std::optional<int> assetClass_;
    QString search_;
    bool onlyWithFindings_ = false;
};

}  // namespace pp::ui
