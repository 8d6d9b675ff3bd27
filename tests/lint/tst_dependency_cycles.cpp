// Folder-level dependency cycles: every quoted #include under core/, ui/ and app/ is an
// edge from the including file's folder to the included file's, and no two folders may
// reach each other (core/lightnode and core/analytics once did), except the cycles listed,
// with their reasons, in tests/lint/allowed-cycles.txt. Bitcoin Core's
// lint-circular-dependencies is the model.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const QString kSource = QStringLiteral(POWERPROOF_SOURCE_DIR);

using Graph = QHash<QString, QSet<QString>>;

// Folders relative to the source tree ("core/analytics"), and the include roots the build
// uses: the including file's own folder first, then each target's include directory.
Graph includeGraph()
{
    const QStringList roots = {QStringLiteral("core"), QStringLiteral("ui"),
                               QStringLiteral("app/cli"), QStringLiteral("app/node"),
                               QStringLiteral("app/gui")};
    static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    const QDir source(kSource);
    Graph g;
    for (const QString& top :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(source.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString from = source.relativeFilePath(QFileInfo(path).path());
            g[from];  // a folder with no edges is still a node
            for (auto m = include.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
                const QString name = m.next().captured(1);
                for (const QString& base : QStringList{from} + roots) {
                    const QString target = QDir::cleanPath(base + QLatin1Char('/') + name);
                    if (QFile::exists(source.filePath(target))) {
                        const QString to = QFileInfo(target).path();
                        if (to != from)
                            g[from].insert(to);
                        break;
                    }
                }
            }
        }
    }
    return g;
}

// Strongly connected components of more than one folder (Tarjan), each sorted.
QList<QStringList> cycles(const Graph& g)
{
    QHash<QString, int> index, low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> out;
    int next = 0;
    std::function<void(const QString&)> visit = [&](const QString& v) {
        index[v] = low[v] = next++;
        stack << v;
        onStack.insert(v);
        for (const QString& w : g.value(v)) {
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component << w;
            } while (w != v);
            if (component.size() > 1) {
                component.sort();
                out << component;
            }
        }
    };
    QStringList nodes = g.keys();
    nodes.sort();
    for (const QString& v : nodes)
        if (!index.contains(v))
            visit(v);
    return out;
}

QSet<QString> allowedCycles()
{
    QFile f(kSource + QStringLiteral("/tests/lint/allowed-cycles.txt"));
    QSet<QString> allowed;
    if (!f.open(QIODevice::ReadOnly))
        return allowed;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            allowed.insert(t);
    }
    return allowed;
}

}  // namespace

class TestDependencyCycles : public QObject
{
    Q_OBJECT

private slots:
    // The lint itself: a hand-made graph with a known cycle and a tail.
    void findsTheCycleOfAGraph()
    {
        Graph g;
        g[QStringLiteral("a")] = {QStringLiteral("b")};
        g[QStringLiteral("b")] = {QStringLiteral("c"), QStringLiteral("d")};
        g[QStringLiteral("c")] = {QStringLiteral("a")};
        g[QStringLiteral("d")] = {};
        const auto found = cycles(g);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void coreHasTheFoldersItShould()
    {
        const Graph g = includeGraph();
        QVERIFY(g.contains(QStringLiteral("core/lightnode")));
        QVERIFY(g.value(QStringLiteral("core/lightnode")).contains(QStringLiteral("core/merkle")));
        QVERIFY(g.value(QStringLiteral("app/gui")).contains(QStringLiteral("ui")));
    }

    void noFolderCyclesButTheAllowedOnes()
    {
        const QSet<QString> allowed = allowedCycles();
        QSet<QString> seen;
        QStringList unexpected;
        for (const QStringList& c : cycles(includeGraph())) {
            const QString key = c.join(QLatin1Char(' '));
            seen.insert(key);
            if (!allowed.contains(key))
                unexpected << key;
        }
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(QStringLiteral("folders that include each other: ") +
                            unexpected.join(QStringLiteral(" | "))));
        const QSet<QString> stale = allowed - seen;
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("allowed cycles that are gone (remove them from "
                                           "tests/lint/allowed-cycles.txt): ") +
                            QStringList(stale.cbegin(), stale.cend()).join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestDependencyCycles)
#include "tst_dependency_cycles.moc"
