#include "message_box.h"

namespace pp::ui {

std::optional<bool>& MessageBox::testAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

QString& MessageBox::lastText()
{
    static QString text;
    return text;
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    lastText() = text;
    if (!testAnswer())
        QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    lastText() = text;
    if (!testAnswer())
        QMessageBox::information(parent, title, text);
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    lastText() = text;
    if (testAnswer())
        return *testAnswer();
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void MessageBox::setAnswerForTests(bool answer)
{
    testAnswer() = answer;
}

QString MessageBox::lastTextForTests()
{
    return lastText();
}

}  // namespace pp::ui
