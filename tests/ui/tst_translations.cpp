// zh_CN is complete: no unfinished or empty entry in translations/powerproof_zh_CN.ts, and
// the catalogue the console ships (share/powerproof/translations) loads and translates, the core's
// errors and stored findings included.
#include "application_setup.h"
#include "chain/genesis.h"
#include "common/text.h"

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

    void installedCatalogueTranslates()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral("powerproof_zh_CN"), pp::ui::translationsDirectory()));
        QCOMPARE(t.translate("pp::ui::MainWindow", "Overview"), QStringLiteral("总览"));
        QCOMPARE(t.translate("Format", "%n day(s) ago", nullptr, 3), QStringLiteral("%n 天前"));
    }

    // An error from the core shows in Chinese in the console, every part of it, while its
    // log form stays English whatever the language.
    void coreErrorsTranslateAndLogsStayEnglish()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral("powerproof_zh_CN"), pp::ui::translationsDirectory()));
        QVERIFY(QCoreApplication::installTranslator(&t));  // removed when t is destroyed
        // A genesis document whose key 1 (the protocol, a text) holds the integer 0.
        const auto g = pp::chain::Genesis::decode(QByteArray::fromHex("a10100"));
        QVERIFY(!g);
        QCOMPARE(g.error().message(), QStringLiteral("genesis: key 1: must be a text string"));
        QCOMPARE(g.error().localizedMessage(), QStringLiteral("创世文件：键 1：应为文本字符串"));
    }

    // A finding as a sync stores it (its parts, as JSON) reads back in Chinese, with the
    // witness URL left as it is; its English form is unchanged.
    void storedFindingsTranslate()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral("powerproof_zh_CN"), pp::ui::translationsDirectory()));
        QVERIFY(QCoreApplication::installTranslator(&t));
        pp::Text odometer("Finding", "the odometer went back from %1 km to %2 km",
                          {QStringLiteral("12.5"), QStringLiteral("9.0")});
        odometer.within("Finding", "packet %1 (and %2 more in this record)",
                        {QStringLiteral("3"), QStringLiteral("4")});
        const auto stored = pp::Text::fromJson(odometer.toJson());
        QVERIFY(stored);
        QCOMPARE(stored->english(), QStringLiteral("packet 3 (and 4 more in this record): the "
                                                   "odometer went back from 12.5 km to 9.0 km"));
        QCOMPARE(stored->localized(),
                 QStringLiteral("数据包 3（本记录中另有 4 个）：累计里程从 12.5 km 回退到 9.0 km"));

        pp::Text witness = pp::Text::verbatim(QStringLiteral("https://w.example:8443"));
        witness.append(pp::Text("Witness", "agrees at height %1", {QStringLiteral("7")}));
        QCOMPARE(pp::Text::fromJson(witness.toJson())->localized(),
                 QStringLiteral("https://w.example:8443：在高度 7 一致"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
