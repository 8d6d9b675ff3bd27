#pragma once

#include <QMessageBox>

#include <optional>

namespace pp::ui {

// Every modal question and warning of the console goes through here, so that a test can
// answer it (setAnswerForTests) instead of blocking on a dialog nobody sees.
class MessageBox
{
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Tests: every later call returns `answer` at once and records the text shown.
    static void setAnswerForTests(bool answer);
    static QString lastTextForTests();

private:
    static std::optional<bool>& testAnswer();
    static QString& lastText();
};

}  // namespace pp::ui
