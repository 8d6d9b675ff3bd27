// Every fuzz target (fuzz_targets.h) over every file kept for it: the seed corpus in
// tests/fuzz/corpus/NAME and the inputs that once crashed or broke a round trip in
// tests/fuzz/regressions/NAME. Each must return; under the sanitize preset, with no
// sanitizer report. A target without seeds fails: a fuzzer that starts from nothing finds
// little.

#include "fuzz_targets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static QStringList filesIn(const QString& dir)
    {
        QStringList out;
        const QDir d(dir);
        for (const QString& name : d.entryList(QDir::Files, QDir::Name))
            out << d.filePath(name);
        return out;
    }

private slots:
    void everyKeptInputReturns_data()
    {
        QTest::addColumn<int>("target");
        for (std::size_t i = 0; i < pp::fuzz::targets().size(); ++i)
            QTest::newRow(pp::fuzz::targets()[i].name) << static_cast<int>(i);
    }

    void everyKeptInputReturns()
    {
        QFETCH(int, target);
        const pp::fuzz::Target& t = pp::fuzz::targets()[static_cast<std::size_t>(target)];
        const QString name = QString::fromLatin1(t.name);
        const QStringList seeds = filesIn(QStringLiteral(PP_FUZZ_DIR "/corpus/") + name);
        QVERIFY2(!seeds.isEmpty(), qPrintable(QStringLiteral("no seeds for %1").arg(name)));
        for (const QString& path :
             seeds + filesIn(QStringLiteral(PP_FUZZ_DIR "/regressions/") + name)) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            t.run(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                  static_cast<std::size_t>(bytes.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
