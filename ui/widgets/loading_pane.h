#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pp::ui {

// What a view shows while a job loads its next page: what it is doing, a progress bar
// (busy until the job reports numbers) and a Cancel button.
class LoadingPane : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingPane(QWidget* parent = nullptr);

    // A new load: its text, and the bar busy again.
    void start(const QString& text);
    void setProgress(qint64 done, qint64 total);

signals:
    void cancelled();

private:
    QLabel* text_;
    QProgressBar* progress_;
};

}  // namespace pp::ui
