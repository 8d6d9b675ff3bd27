// ui/README.md's first rule: a header under ui/ includes from core/ only common/,
// records/record_body.h, findings/ and the snapshot headers the session hands over; never
// store/, net/, node/ or the verification code. Bitcoin Core's interfaces:: boundary, kept
// by a lint beside the clang-format test.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(POWERPROOF_SOURCE_DIR);

bool allowed(const QString& include)
{
    static const QStringList folders = {QStringLiteral("common/"), QStringLiteral("findings/")};
    static const QStringList headers = {QStringLiteral("records/record_body.h"),
                                        QStringLiteral("analytics/portfolio.h"),
                                        QStringLiteral("analytics/asset_series.h"),
                                        QStringLiteral("lightnode/network_state.h"),
                                        QStringLiteral("lightnode/record_inspection.h"),
                                        QStringLiteral("lightnode/light_client.h")};
    for (const QString& f : folders)
        if (include.startsWith(f))
            return true;
    return headers.contains(include);
}

// The quoted includes of ui/'s headers that resolve under core/.
QStringList violations()
{
    static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    const QDir core(kSource + QStringLiteral("/core"));
    QStringList out;
    QDirIterator it(kSource + QStringLiteral("/ui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (auto m = include.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (core.exists(name) && !allowed(name))
                out << QDir(kSource).relativeFilePath(path) + QStringLiteral(" includes ") + name;
        }
    }
    return out;
}

}  // namespace

class TestUiBoundary : public QObject
{
    Q_OBJECT

private slots:
    void theRuleItself()
    {
        QVERIFY(allowed(QStringLiteral("analytics/portfolio.h")));
        QVERIFY(allowed(QStringLiteral("findings/finding.h")));
        QVERIFY(!allowed(QStringLiteral("store/workspace.h")));
        QVERIFY(!allowed(QStringLiteral("lightnode/record_sync.h")));
        QVERIFY(!allowed(QStringLiteral("net/http_client.h")));
    }

    void uiHeadersIncludeOnlyTheSnapshots()
    {
        QVERIFY(QFile::exists(kSource + QStringLiteral("/ui/main_window.h")));
        const QStringList found = violations();
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("ui/ headers that reach past the session's "
                                           "snapshots (ui/README.md):\n  ") +
                            found.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestUiBoundary)
#include "tst_ui_boundary.moc"
