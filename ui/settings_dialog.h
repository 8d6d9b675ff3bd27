#pragma once

#include <QDialog>

class QComboBox;

namespace pp::ui {

// Language and theme. Both apply at the next start: every view is built in one language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

private:
    void save();

    QComboBox* language_;
    QComboBox* theme_;
};

}  // namespace pp::ui
