#include "evidence/bag.h"

#include "common/parallel.h"
#include "crypto/hash.h"

#include <QStringList>

#include <set>

namespace pp::evidence::bag {

namespace {

const QString kPayload = QStringLiteral("data/");

QByteArray bagitTxt()
{
    return QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
}

// RFC 8493 §2.1.3: "checksum filepath" lines, paths percent-encoding CR, LF and '%'. Two
// spaces between, as sha256sum writes them, so that `sha256sum -c` checks a bag too.
QString encodePath(const QString& p)
{
    QString out = p;
    out.replace(u'%', QStringLiteral("%25"));
    out.replace(u'\n', QStringLiteral("%0A"));
    out.replace(u'\r', QStringLiteral("%0D"));
    return out;
}

QString decodePath(const QString& p)
{
    QString out = p;
    out.replace(QStringLiteral("%0A"), QStringLiteral("\n"), Qt::CaseInsensitive);
    out.replace(QStringLiteral("%0D"), QStringLiteral("\r"), Qt::CaseInsensitive);
    out.replace(QStringLiteral("%25"), QStringLiteral("%"));
    return out;
}

QByteArray manifest(const char* digest, const FileTree& files, const QStringList& names)
{
    QString out;
    for (const QString& name : names)
        out += crypto::fileChecksum(digest, files.at(name)) + QStringLiteral("  ") +
               encodePath(name) + u'\n';
    return out.toUtf8();
}

Error bagError(const QString& file, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, "evidence.bag", text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "bag file %1"), {file});
}

// Parses a manifest and checks it lists exactly `expected`, each with its checksum.
Status checkManifest(const FileTree& files, const QString& name, const char* digest,
                     const std::set<QString>& expected)
{
    const auto it = files.find(name);
    if (it == files.end())
        return bagError(name, QT_TRANSLATE_NOOP("Error", "is missing"));
    std::set<QString> listed;
    std::vector<std::pair<const QByteArray*, QString>> sums;  // file, checksum listed
    std::vector<QString> paths;
    const QStringList lines = QString::fromUtf8(it->second).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype space = line.indexOf(u' ');
        const QString sum = line.left(space).toLower();
        const QString path = decodePath(line.mid(space + 1).trimmed());
        if (space <= 0 || path.isEmpty())
            return bagError(name, QT_TRANSLATE_NOOP("Error", "line %1 is not \"checksum path\""),
                            {QString::number(i + 1)});
        const auto file = files.find(path);
        if (file == files.end() || expected.count(path) == 0)
            return bagError(name,
                            QT_TRANSLATE_NOOP("Error",
                                              "line %1 lists %2, which the bag "
                                              "does not hold"),
                            {QString::number(i + 1), path});
        if (!listed.insert(path).second)
            return bagError(name, QT_TRANSLATE_NOOP("Error", "lists %1 twice"), {path});
        sums.emplace_back(&file->second, sum);
        paths.push_back(path);
    }
    // The files are hashed side by side (a device-year is some 60 MB of payload); the
    // first mismatch in line order is the one reported.
    std::vector<char> matches(sums.size(), 0);
    parallelFor(
        sums.size(),
        [&](std::size_t i) {
            matches[i] = crypto::fileChecksum(digest, *sums[i].first) == sums[i].second ? 1 : 0;
        },
        1);
    for (std::size_t i = 0; i < sums.size(); ++i)
        if (matches[i] == 0)
            return bagError(name, QT_TRANSLATE_NOOP("Error", "%1 does not match its checksum"),
                            {paths[i]});
    for (const QString& path : expected)
        if (listed.count(path) == 0)
            return bagError(name, QT_TRANSLATE_NOOP("Error", "does not list %1"), {path});
    return okStatus();
}

}  // namespace

QString value(const Info& info, QStringView label)
{
    for (const auto& [l, v] : info)
        if (l == label)
            return v;
    return {};
}

FileTree make(const FileTree& payload, Info info)
{
    FileTree files;
    QStringList names;
    qint64 octets = 0;
    for (const auto& [name, bytes] : payload) {
        files.emplace(kPayload + name, bytes);
        names << kPayload + name;
        octets += bytes.size();
    }
    info.emplace_back(QStringLiteral("Payload-Oxum"),
                      QStringLiteral("%1.%2").arg(octets).arg(payload.size()));
    QString infoText;
    for (const auto& [label, v] : info)
        infoText += label + QStringLiteral(": ") + v + u'\n';
    files.emplace(QStringLiteral("bagit.txt"), bagitTxt());
    files.emplace(QStringLiteral("bag-info.txt"), infoText.toUtf8());
    files.emplace(QStringLiteral("manifest-sha256.txt"), manifest("SHA256", files, names));
    files.emplace(QStringLiteral("manifest-sha512.txt"), manifest("SHA512", files, names));
    files.emplace(
        QStringLiteral("tagmanifest-sha256.txt"),
        manifest("SHA256", files,
                 {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"),
                  QStringLiteral("manifest-sha256.txt"), QStringLiteral("manifest-sha512.txt")}));
    return files;
}

Result<Info> check(const FileTree& files)
{
    const auto bagit = files.find(QStringLiteral("bagit.txt"));
    if (bagit == files.end())
        return bagError(QStringLiteral("bagit.txt"), QT_TRANSLATE_NOOP("Error", "is missing"));
    if (!bagit->second.startsWith("BagIt-Version: 1.0") ||
        !bagit->second.contains("Tag-File-Character-Encoding: UTF-8"))
        return bagError(QStringLiteral("bagit.txt"),
                        QT_TRANSLATE_NOOP("Error", "must declare BagIt 1.0 in UTF-8"));
    std::set<QString> payload;
    qint64 octets = 0;
    for (const auto& [name, bytes] : files) {
        if (name.startsWith(kPayload)) {
            payload.insert(name);
            octets += bytes.size();
        }
    }
    for (const char* digest : {"SHA256", "SHA512"}) {
        const QString name =
            QStringLiteral("manifest-%1.txt").arg(QString::fromLatin1(digest).toLower());
        if (auto st = checkManifest(files, name, digest, payload); !st)
            return st.error();
    }
    const std::set<QString> tags = {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"),
                                    QStringLiteral("manifest-sha256.txt"),
                                    QStringLiteral("manifest-sha512.txt")};
    if (auto st = checkManifest(files, QStringLiteral("tagmanifest-sha256.txt"), "SHA256", tags);
        !st)
        return st.error();
    Info info;
    const auto infoFile = files.find(QStringLiteral("bag-info.txt"));
    for (const QString& line :
         QString::fromUtf8(infoFile->second).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return bagError(QStringLiteral("bag-info.txt"),
                            QT_TRANSLATE_NOOP("Error", "\"%1\" is not \"Label: value\""), {line});
        info.emplace_back(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    if (value(info, u"Payload-Oxum") != QStringLiteral("%1.%2").arg(octets).arg(payload.size()))
        return bagError(QStringLiteral("bag-info.txt"),
                        QT_TRANSLATE_NOOP("Error",
                                          "Payload-Oxum %1 does not match the payload "
                                          "(%2.%3)"),
                        {value(info, u"Payload-Oxum"), QString::number(octets),
                         QString::number(payload.size())});
    return info;
}

}  // namespace pp::evidence::bag
