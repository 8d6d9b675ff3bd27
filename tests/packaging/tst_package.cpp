// The Debian package, built from this build folder with CPack and checked as a distribution
// would check it (desktop-file-validate, appstreamcli, lintian), then unpacked into a
// temporary root where its programs run and the console finds its own Chinese catalogue.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;  // stdout and stderr together
};

Run run(const QString& program, const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(900'000) || p.exitStatus() != QProcess::NormalExit)
        return {-1, program + QStringLiteral(" did not finish: ") + p.errorString()};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

}  // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    QString deb_;
    QString root_;  // the package unpacked

    QString unpacked(const QString& path) const { return root_ + path; }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"dpkg-deb", "lintian", "desktop-file-validate", "appstreamcli"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: scripts/deps installs it")
                                     .arg(QString::fromLatin1(tool))));
        QVERIFY2(QFile::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")),
                 "bash-completion is missing: scripts/deps installs it");
        QVERIFY(tmp_.isValid());
        const Run cpack = run(QStringLiteral(POWERPROOF_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                               tmp_.path(), QStringLiteral("--config"),
                               QStringLiteral(POWERPROOF_BINARY_DIR "/CPackConfig.cmake")});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(tmp_.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        deb_ = tmp_.filePath(debs.first());
        QVERIFY(debs.first().startsWith(QStringLiteral("powerproof_" POWERPROOF_VERSION "_")));
        root_ = tmp_.filePath(QStringLiteral("root"));
        const Run x = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb_, root_});
        QVERIFY2(x.exitCode == 0, qPrintable(x.output));
    }

    void controlNamesItsDependencies()
    {
        const Run depends = run(QStringLiteral("dpkg-deb"),
                                {QStringLiteral("-f"), deb_, QStringLiteral("Depends")});
        // From dpkg-shlibdeps, not written by hand: the libraries the programs link.
        for (const char* lib :
             {"libqt6charts6", "libqt6httpserver6", "libssl3", "libsqlite3-0", "libcurl4"})
            QVERIFY2(depends.output.contains(QString::fromLatin1(lib)), qPrintable(depends.output));
        const Run recommends = run(QStringLiteral("dpkg-deb"),
                                   {QStringLiteral("-f"), deb_, QStringLiteral("Recommends")});
        QVERIFY2(recommends.output.contains(QStringLiteral("fonts-noto-cjk")),
                 qPrintable(recommends.output));
    }

    void desktopEntryValidates()
    {
        const QString file =
            unpacked(QStringLiteral("/usr/share/applications/org.powerproof.PowerProof.desktop"));
        QVERIFY(QFile::exists(file));
        const Run v = run(QStringLiteral("desktop-file-validate"), {file});
        QVERIFY2(v.exitCode == 0 && v.output.trimmed().isEmpty(), qPrintable(v.output));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("Comment[zh_CN]=")));
        QVERIFY(text.contains(QStringLiteral("\nExec=powerproof\n")));
    }

    void appstreamMetadataValidates()
    {
        const QString file =
            unpacked(QStringLiteral("/usr/share/metainfo/org.powerproof.PowerProof.metainfo.xml"));
        const Run v = run(QStringLiteral("appstreamcli"),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           QStringLiteral("--pedantic"), file});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<release version=\"" POWERPROOF_VERSION "\""));
    }

    // Errors fail; the warnings kept are overridden in packaging/lintian-overrides, each
    // with its reason.
    void lintianFindsNoErrors()
    {
        const Run l = run(QStringLiteral("lintian"),
                          {QStringLiteral("--fail-on"), QStringLiteral("error,warning"),
                           QStringLiteral("--tag-display-limit"), QStringLiteral("0"), deb_});
        qInfo("lintian:\n%s", qPrintable(l.output));
        QVERIFY2(l.exitCode == 0, qPrintable(l.output));
    }

    void everyFileIsInPlace()
    {
        for (const char* path :
             {"/usr/bin/powerproof", "/usr/bin/powerproof-cli", "/usr/bin/powerproof-node",
              "/usr/share/powerproof/translations/powerproof_zh_CN.qm",
              "/usr/share/icons/hicolor/scalable/apps/org.powerproof.PowerProof.svg",
              "/usr/share/icons/hicolor/48x48/apps/org.powerproof.PowerProof.png",
              "/usr/share/icons/hicolor/256x256/apps/org.powerproof.PowerProof.png",
              "/usr/share/bash-completion/completions/powerproof-cli",
              "/usr/share/doc/powerproof/copyright", "/usr/share/doc/powerproof/changelog.gz"})
            QVERIFY2(QFile::exists(unpacked(QString::fromLatin1(path))), path);
    }

    // Each man page comes from its program's --help and holds every command's options.
    void manPagesHoldEveryCommand()
    {
        const auto page = [this](const QString& program) {
            const Run z =
                run(QStringLiteral("gzip"),
                    {QStringLiteral("-dc"),
                     unpacked(QStringLiteral("/usr/share/man/man1/%1.1.gz").arg(program))});
            return z.exitCode == 0 ? z.output : QString();
        };
        const QString cli = page(QStringLiteral("powerproof-cli"));
        QVERIFY2(cli.contains(QStringLiteral(".TH POWERPROOF-CLI \"1\"")),
                 qPrintable(cli.left(400)));
        for (const char* text :
             {"POWERPROOF-CLI SYNC", "POWERPROOF-CLI MERKLE INCLUSION", "\\-\\-chain\\-id",
              "\\-\\-pin\\fR <PIN>", "POWERPROOF-CLI FINDINGS"})
            QVERIFY2(cli.contains(QString::fromLatin1(text)), text);
        const QString node = page(QStringLiteral("powerproof-node"));
        for (const char* text :
             {"POWERPROOF-NODE DEVNET INIT", "POWERPROOF-NODE SIMULATE", "\\-\\-corrupt\\-headers"})
            QVERIFY2(node.contains(QString::fromLatin1(text)), text);
        const QString console = page(QStringLiteral("powerproof"));
        QVERIFY2(console.contains(QStringLiteral("\\-\\-workspace")),
                 qPrintable(console.left(400)));
    }

    // Completion reads commands and options from the unpacked programs' own --help.
    void bashCompletionReadsTheHelp()
    {
        const QString script = QStringLiteral(R"(
source /usr/share/bash-completion/bash_completion
source "$ROOT/usr/share/bash-completion/completions/powerproof-cli"
t() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      COMPREPLY=(); _powerproof; echo "$* => ${COMPREPLY[*]}"; }
t powerproof-cli sy
t powerproof-cli merkle ""
t powerproof-cli sync --ch
t powerproof-node devnet ""
)");
        const Run bash = run(QStringLiteral("bash"), {QStringLiteral("-c"), script},
                             {QStringLiteral("ROOT=") + root_,
                              QStringLiteral("PATH=") + unpacked(QStringLiteral("/usr/bin:")) +
                                  qEnvironmentVariable("PATH")});
        QVERIFY2(bash.exitCode == 0, qPrintable(bash.output));
        for (const char* line :
             {"powerproof-cli sy => sync\n", "powerproof-cli merkle  => consistency inclusion\n",
              "powerproof-cli sync --ch => --chain-id\n", "powerproof-node devnet  => init\n"})
            QVERIFY2(bash.output.contains(QString::fromLatin1(line)), qPrintable(bash.output));
    }

    void unpackedProgramsRun()
    {
        const Run cli =
            run(unpacked(QStringLiteral("/usr/bin/powerproof-cli")), {QStringLiteral("version")});
        QVERIFY2(cli.exitCode == 0 &&
                     cli.output.contains(QStringLiteral("PowerProof " POWERPROOF_VERSION)),
                 qPrintable(cli.output));
        const Run node = run(unpacked(QStringLiteral("/usr/bin/powerproof-node")),
                             {QStringLiteral("--version")});
        QVERIFY2(node.exitCode == 0 && node.output.contains(QStringLiteral(POWERPROOF_VERSION)),
                 qPrintable(node.output));
        const QStringList offscreen{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
        const Run console = run(unpacked(QStringLiteral("/usr/bin/powerproof")),
                                {QStringLiteral("--version")}, offscreen);
        QVERIFY2(
            console.exitCode == 0 && console.output.contains(QStringLiteral(POWERPROOF_VERSION)),
            qPrintable(console.output));
    }

    // The console's catalogue is found relative to the executable: the unpacked console
    // reads the unpacked one, wherever the root is.
    void unpackedConsoleSpeaksChinese()
    {
        const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                              QStringLiteral("HOME=") + tmp_.filePath(QStringLiteral("home"))};
        const QString console = unpacked(QStringLiteral("/usr/bin/powerproof"));
        const Run zh = run(
            console,
            {QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")}, env);
        QVERIFY2(zh.exitCode == 0 && zh.output.contains(QStringLiteral("打开工作区")),
                 qPrintable(zh.output));
        const Run en = run(
            console, {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")},
            env);
        QVERIFY2(en.exitCode == 0 && en.output.contains(QStringLiteral("Open the workspace")),
                 qPrintable(en.output));
        // Without its catalogue the console says so and stays in English.
        QVERIFY(QFile::remove(
            unpacked(QStringLiteral("/usr/share/powerproof/translations/powerproof_zh_CN.qm"))));
        const Run missing = run(
            console,
            {QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")}, env);
        QVERIFY2(missing.output.contains(QStringLiteral("no catalogue for zh_CN")),
                 qPrintable(missing.output));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
