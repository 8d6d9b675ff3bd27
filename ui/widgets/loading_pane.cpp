#include "widgets/loading_pane.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp::ui {

LoadingPane::LoadingPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    text_ = new QLabel;
    text_->setAlignment(Qt::AlignCenter);
    progress_ = new QProgressBar;
    auto* cancel = new QPushButton(tr("Cancel"));
    layout->addWidget(text_);
    layout->addWidget(progress_);
    layout->addWidget(cancel, 0, Qt::AlignCenter);
    layout->addStretch();
    connect(cancel, &QPushButton::clicked, this, &LoadingPane::cancelled);
}

void LoadingPane::start(const QString& text)
{
    text_->setText(text);
    progress_->setRange(0, 0);
}

void LoadingPane::setProgress(qint64 done, qint64 total)
{
    progress_->setRange(0, static_cast<int>(total));
    progress_->setValue(static_cast<int>(done));
}

}  // namespace pp::ui
