// scripts/deps installs everything the build needs on a fresh Debian machine. CI cannot see
// a missing package (its machine has them all), so this test asks the local dpkg database:
// every CMake package config and library the configured build found must belong to a package
// that scripts/deps lists, or that one of those pulls in through Depends or Pre-Depends.
// Recommends do not count: scripts/deps installs with --no-install-recommends.

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

// What one installed package needs: each entry a list of alternatives ("a | b").
struct Package
{
    QList<QStringList> needs;
};

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The package names in scripts/deps' `packages=( ... )` array, comments left out.
QStringList listedPackages(const QString& depsScript)
{
    QFile f(depsScript);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // The array runs from "packages=(" to a line holding ")" alone (comments hold parentheses).
    static const QRegularExpression array(QStringLiteral("packages=\\(\\n(.*?)\\n\\)\\n"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = array.match(QString::fromUtf8(f.readAll()));
    if (!m.hasMatch())
        return {};
    QStringList names;
    const auto lines = m.captured(1).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        names += line.section(QLatin1Char('#'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

// "libfoo (>= 1) | bar:any, baz" -> {{libfoo, bar}, {baz}}
QList<QStringList> parseRelations(const QString& field)
{
    static const QRegularExpression version(QStringLiteral("\\([^)]*\\)|\\[[^]]*\\]|<[^>]*>"));
    QList<QStringList> out;
    for (const QString& clause : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (QString alt : clause.split(QLatin1Char('|'))) {
            alt = alt.remove(version).trimmed().section(QLatin1Char(':'), 0, 0);
            if (!alt.isEmpty())
                alternatives << alt;
        }
        if (!alternatives.isEmpty())
            out << alternatives;
    }
    return out;
}

}  // namespace

class TestDeps : public QObject
{
    Q_OBJECT

    QHash<QString, Package> installed_;
    QHash<QString, QStringList> providers_;  // virtual package -> installed packages providing it

    // What apt installs for "a | b" on a fresh machine: the first alternative. When this
    // machine has another one instead, the first is unknown here and that one stands in.
    QStringList chosen(const QStringList& alternatives) const
    {
        for (const QString& alt : alternatives) {
            if (installed_.contains(alt))
                return {alt};
            if (providers_.contains(alt))
                return providers_.value(alt);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty())
            QSKIP("not a Debian system: no dpkg-query");
        const QString db = run(QStringLiteral("dpkg-query"),
                               {QStringLiteral("-W"),
                                QStringLiteral("-f=${Package}\t${db:Status-Abbrev}\t${Provides}\t"
                                               "${Depends}\t${Pre-Depends}\n")});
        for (const QString& line : db.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() < 5 || !f[1].startsWith(QLatin1String("ii")))
                continue;
            Package& p = installed_[f[0]];
            p.needs += parseRelations(f[3]) + parseRelations(f[4]);
            for (const QStringList& provided : parseRelations(f[2]))
                providers_[provided.first()] << f[0];
        }
        QVERIFY(installed_.size() > 100);
    }

    void everythingTheBuildFoundIsInstalledByScriptsDeps()
    {
        // What the build uses: the package configs CMake loaded (Qt6*_DIR and the like, from
        // the cache) and the library files the targets link (build.ninja's link lines). A
        // library a Find module only came across (libEGL, libGLU) is not on a link line.
        QFile cache(QStringLiteral(POWERPROOF_BINARY_DIR "/CMakeCache.txt"));
        QVERIFY2(cache.open(QIODevice::ReadOnly), qPrintable(cache.fileName()));
        static const QRegularExpression config(QStringLiteral("^(\\w+)_DIR:PATH=(/.+/cmake/.+)$"));
        QSet<QString> found;
        for (const QString& line : QString::fromUtf8(cache.readAll()).split(QLatin1Char('\n'))) {
            const auto m = config.match(line);
            const QString file =
                m.captured(2) + QLatin1Char('/') + m.captured(1) + QStringLiteral("Config.cmake");
            if (m.hasMatch() && QFileInfo::exists(file))
                found << file;
        }
        QFile ninja(QStringLiteral(POWERPROOF_BINARY_DIR "/build.ninja"));
        if (!ninja.open(QIODevice::ReadOnly))
            QSKIP("the link lines are read from build.ninja: configure with a preset (Ninja)");
        static const QRegularExpression linked(QStringLiteral("^  LINK_LIBRARIES = (.*)$"),
                                               QRegularExpression::MultilineOption);
        for (auto it = linked.globalMatch(QString::fromUtf8(ninja.readAll())); it.hasNext();)
            for (const QString& word : it.next().captured(1).split(QLatin1Char(' ')))
                if (word.startsWith(QLatin1Char('/')) && QFileInfo::exists(word))
                    found << word;
        // What a test of this test would look for: it read both sources.
        const QStringList files(found.cbegin(), found.cend());
        for (const char* expected :
             {"Qt6ChartsConfig.cmake", "libcrypto.so", "libsqlite3.so", "libcurl.so"})
            QVERIFY2(!files.filter(QLatin1String(expected)).isEmpty(), expected);

        // Who owns each file. dpkg -S prints "package[:arch][, package]: path".
        QHash<QString, QString> owner;
        for (const QString& file : found) {
            int rc = 0;
            const QString out = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), file}, &rc);
            // A merged /usr may have registered the file under /lib.
            const QString alt =
                file.startsWith(QLatin1String("/usr/"))
                    ? run(QStringLiteral("dpkg"), {QStringLiteral("-S"), file.mid(4)}, &rc)
                    : QString();
            const QString line = (out.isEmpty() ? alt : out).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(!line.isEmpty(),
                     qPrintable(file + QStringLiteral(" belongs to no Debian package")));
            owner[file] = line.section(QStringLiteral(": "), 0, 0)
                              .section(QLatin1Char(','), 0, 0)
                              .section(QLatin1Char(':'), 0, 0)
                              .trimmed();
        }

        // Everything scripts/deps brings in: its list and the Depends/Pre-Depends closure.
        const QStringList listed = listedPackages(QStringLiteral(POWERPROOF_DEPS_SCRIPT));
        QVERIFY2(listed.contains(QStringLiteral("qt6-base-dev")),
                 "could not read the package list of " POWERPROOF_DEPS_SCRIPT);
        QSet<QString> closure;
        QStringList todo = listed;
        while (!todo.isEmpty()) {
            const QString name = todo.takeLast();
            if (closure.contains(name))
                continue;
            closure.insert(name);
            for (const QStringList& alternatives : installed_.value(name).needs)
                todo << chosen(alternatives);
        }

        QStringList missing;
        for (auto it = owner.cbegin(); it != owner.cend(); ++it)
            if (!closure.contains(it.value()))
                missing << QStringLiteral("%1 (found %2)").arg(it.value(), it.key());
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("packages the build needs that scripts/deps neither "
                                           "lists nor pulls in as a dependency:\n  ") +
                            missing.join(QStringLiteral("\n  "))));
        qInfo("%lld files from %lld packages, all in the closure of %lld listed packages",
              qint64(found.size()), qint64(QSet<QString>(owner.cbegin(), owner.cend()).size()),
              qint64(listed.size()));
    }
};

QTEST_GUILESS_MAIN(TestDeps)
#include "tst_deps.moc"
