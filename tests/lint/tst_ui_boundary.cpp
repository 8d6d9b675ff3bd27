// ui/README.md's first rule: a header under ui/ includes from core/ only common/,
// records/record_body.h, findings/ and the snapshot headers the session hands over; never
// store/, net/, node/ or the verification code; and the snapshot headers themselves reach
// no store/, net/ or node/ header, however indirectly. Bitcoin Core's interfaces:: boundary, kept
// by a lint beside the clang-format test.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <map>

namespace {

const QString kSource = QStringLiteral(POWERPROOF_SOURCE_DIR);

bool allowed(const QString& include)
{
    static const QStringList folders = {QStringLiteral("common/"), QStringLiteral("findings/")};
    static const QStringList headers = {QStringLiteral("records/record_body.h"),
                                        QStringLiteral("analytics/portfolio.h"),
                                        QStringLiteral("analytics/asset_series.h"),
                                        QStringLiteral("analytics/incidents.h"),
                                        QStringLiteral("analytics/battery/battery_history.h"),
                                        QStringLiteral("analytics/battery/battery_fleet.h"),
                                        QStringLiteral("evidence/package_types.h"),
                                        QStringLiteral("evidence/selection.h"),
                                        QStringLiteral("lightnode/network_state.h"),
                                        QStringLiteral("lightnode/record_inspection.h"),
                                        QStringLiteral("lightnode/sync_report.h"),
                                        QStringLiteral("lightnode/workspace_audit.h"),
                                        QStringLiteral("net/http_options.h"),
                                        QStringLiteral("valuation/portfolio_valuation.h"),
                                        QStringLiteral("valuation/valuation_parameters.h")};
    for (const QString& f : folders)
        if (include.startsWith(f))
            return true;
    return headers.contains(include);
}

const QRegularExpression& includePattern()
{
    static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    return include;
}

// The quoted includes of one file that resolve under core/.
QStringList coreIncludes(const QString& path)
{
    const QDir core(kSource + QStringLiteral("/core"));
    QFile f(path);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (auto m = includePattern().globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
        const QString name = m.next().captured(1);
        if (core.exists(name))
            out << name;
    }
    return out;
}

// Storage, transport and the node: what no snapshot may carry, even through another header.
// net/http_options.h is the exception: the connection settings a user types (TLS files and
// pins, timeouts), plain values that a sync's options carry.
bool internal(const QString& include)
{
    if (include == QStringLiteral("net/http_options.h"))
        return false;
    return include.startsWith(QStringLiteral("store/")) ||
           include.startsWith(QStringLiteral("net/")) ||
           include.startsWith(QStringLiteral("node/"));
}

// The chain of core headers by which `header` reaches an internal one, or nothing.
QStringList reachesInternal(const QString& header)
{
    std::map<QString, QString> from{{header, QString()}};
    QStringList queue{header};
    while (!queue.isEmpty()) {
        const QString h = queue.takeFirst();
        if (internal(h)) {
            QStringList chain{h};
            for (QString at = from[h]; !at.isEmpty(); at = from[at])
                chain.prepend(at);
            return chain;
        }
        for (const QString& next : coreIncludes(kSource + QStringLiteral("/core/") + h))
            if (from.emplace(next, h).second)
                queue << next;
    }
    return {};
}

// ui/'s headers that include past the session's snapshots, directly or through them.
QStringList violations()
{
    QStringList out;
    QDirIterator it(kSource + QStringLiteral("/ui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString file = QDir(kSource).relativeFilePath(path);
        for (const QString& name : coreIncludes(path)) {
            if (!allowed(name))
                out << file + QStringLiteral(" includes ") + name;
            else if (const QStringList chain = reachesInternal(name); !chain.isEmpty())
                out << file + QStringLiteral(" reaches ") + chain.join(QStringLiteral(" → "));
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
        QVERIFY(!allowed(QStringLiteral("lightnode/light_client.h")));
        // Transitively too: a store row inside a snapshot is caught through its header.
        QCOMPARE(reachesInternal(QStringLiteral("lightnode/record_sync.h")).value(0),
                 QStringLiteral("lightnode/record_sync.h"));
        QVERIFY(internal(reachesInternal(QStringLiteral("lightnode/record_sync.h")).last()));
        QVERIFY(reachesInternal(QStringLiteral("findings/finding.h")).isEmpty());
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
