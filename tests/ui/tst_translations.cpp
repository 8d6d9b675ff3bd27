// zh_CN is complete: no unfinished or empty entry in translations/powerproof_zh_CN.ts, and
// the catalogue embedded in the console loads and translates, the core's errors included.
#include "chain/genesis.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void zhCnHasNoUnfinishedEntry()
    {
        QFile ts(QStringLiteral(POWERPROOF_TRANSLATIONS "/powerproof_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const bool flagged =
                    xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (flagged || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 250, "the catalogue looks truncated");
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") +
                                                  unfinished.join(QStringLiteral(" | "))));
    }

    void embeddedCatalogueTranslates()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/powerproof_zh_CN.qm")));
        QCOMPARE(t.translate("pp::ui::MainWindow", "Overview"), QStringLiteral("总览"));
        QCOMPARE(t.translate("Format", "%n day(s) ago", nullptr, 3), QStringLiteral("%n 天前"));
    }

    // An error from the core shows in Chinese in the console, every part of it, while its
    // log form stays English whatever the language.
    void coreErrorsTranslateAndLogsStayEnglish()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/powerproof_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&t));  // removed when t is destroyed
        // A genesis document whose key 1 (the protocol, a text) holds the integer 0.
        const auto g = pp::chain::Genesis::decode(QByteArray::fromHex("a10100"));
        QVERIFY(!g);
        QCOMPARE(g.error().message(), QStringLiteral("genesis: key 1: must be a text string"));
        QCOMPARE(g.error().localizedMessage(), QStringLiteral("创世文件：键 1：应为文本字符串"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
