// The welcome screen as a newcomer meets it: the demo is the default action, Recent shows
// only when there are recent workspaces, the TLS fields stay folded until asked for, and
// the connect form names what is wrong before it connects.
#include "settings.h"
#include "views/welcome_page.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace pp;

namespace {

QPushButton* buttonWithText(QWidget* w, const QString& text)
{
    for (QPushButton* b : w->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

}  // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void demoIsTheDefaultAction()
    {
        ui::WelcomePage page;
        page.show();
        QPushButton* demo = buttonWithText(&page, QStringLiteral("Start the demo network"));
        QVERIFY(demo != nullptr);
        QVERIFY(demo->isDefault());
        QSignalSpy requested(&page, &ui::WelcomePage::demoRequested);
        QTest::mouseClick(demo, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(!demo->isEnabled());  // one demo at a time
        page.setDemoFailed(QStringLiteral("no node"));
        QVERIFY(demo->isEnabled());
    }

    void recentShowsOnlyWhenThereAreSome()
    {
        ui::WelcomePage page;
        page.show();
        auto* recent = page.findChild<QListWidget*>();
        QVERIFY(recent != nullptr);
        QVERIFY(!recent->isVisible());
        ui::Settings::addRecentWorkspace(QStringLiteral("/tmp/fleet.db"));
        page.refreshRecent();
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->count(), 1);
        QSignalSpy opened(&page, &ui::WelcomePage::openRequested);
        emit recent->itemActivated(recent->item(0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("/tmp/fleet.db"));
        QSettings().clear();
    }

    void tlsFieldsAreFoldedUntilAskedFor()
    {
        ui::WelcomePage page;
        page.show();
        QLineEdit* pin = nullptr;
        for (QLineEdit* e : page.findChildren<QLineEdit*>())
            if (e->placeholderText() == QStringLiteral("sha256//BASE64"))
                pin = e;
        QVERIFY(pin != nullptr);
        QVERIFY(!pin->isVisible());
        auto* toggle = page.findChild<QToolButton*>();
        QVERIFY(toggle != nullptr);
        toggle->click();
        QVERIFY(pin->isVisible());
        toggle->click();
        QVERIFY(!pin->isVisible());
    }

    void connectNamesWhatIsWrong()
    {
        ui::WelcomePage page;
        page.show();
        QSignalSpy requested(&page, &ui::WelcomePage::connectRequested);
        auto edits = page.findChildren<QLineEdit*>();
        QLineEdit *node = nullptr, *chainId = nullptr;
        for (QLineEdit* e : edits) {
            if (e->placeholderText().startsWith(QStringLiteral("https://")))
                node = e;
            if (e->placeholderText().startsWith(QStringLiteral("64 hex")))
                chainId = e;
        }
        QVERIFY(node && chainId);
        QPushButton* go = buttonWithText(&page, QStringLiteral("Connect and sync"));
        QVERIFY(go != nullptr);
        const auto errorText = [&page] {
            for (QLabel* l : page.findChildren<QLabel*>())
                if (l->isVisible() && l->styleSheet().contains(QStringLiteral("#b3261e")))
                    return l->text();
            return QString();
        };
        QVERIFY(errorText().isEmpty());

        node->setText(QStringLiteral("node.example.com"));
        go->click();
        QVERIFY2(errorText().contains(QStringLiteral("http://")), qPrintable(errorText()));
        node->setText(QStringLiteral("http://127.0.0.1:8641"));
        chainId->setText(QStringLiteral("abcd"));
        go->click();
        QVERIFY2(errorText().contains(QStringLiteral("64 hex digits")), qPrintable(errorText()));
        QCOMPARE(requested.count(), 0);

        chainId->setText(QString(64, QLatin1Char('a')));
        go->click();
        QCOMPARE(requested.count(), 1);
        QVERIFY(errorText().isEmpty());
        QVERIFY(
            requested.first().first().toString().endsWith(QStringLiteral("aaaaaaaaaaaaaaaa.db")));
        QSettings().clear();
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcome_page.moc"
