#include "settings_dialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace pp::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    language_ = new QComboBox;
    language_->addItem(tr("Follow the system"), QStringLiteral("system"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language_->setCurrentIndex(std::max(0, language_->findData(Settings::language())));
    theme_ = new QComboBox;
    theme_->addItem(tr("Follow the system"));
    theme_->addItem(tr("Light"));
    theme_->addItem(tr("Dark"));
    theme_->setCurrentIndex(static_cast<int>(Settings::theme()));
    form->addRow(tr("Language:"), language_);
    form->addRow(tr("Theme:"), theme_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::save()
{
    Settings::setLanguage(language_->currentData().toString());
    Settings::setTheme(static_cast<Settings::Theme>(theme_->currentIndex()));
}

}  // namespace pp::ui
