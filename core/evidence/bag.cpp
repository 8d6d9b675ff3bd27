#include "evidence/bag.h"

#include "common/large_buffer.h"
#include "crypto/hash.h"

#include <QStringList>

#include <optional>
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
Status checkManifest(const Listing& bag, const QString& name, QString Sums::*sum,
                     const std::set<QString>& expected)
{
    const auto it = bag.kept.find(name);
    if (it == bag.kept.end())
        return bagError(name, QT_TRANSLATE_NOOP("Error", "is missing"));
    std::set<QString> listed;
    std::optional<QString> mismatch;  // the first, reported once every line has parsed
    const QStringList lines = QString::fromUtf8(it->second).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype space = line.indexOf(u' ');
        const QString checksum = line.left(space).toLower();
        const QString path = decodePath(line.mid(space + 1).trimmed());
        if (space <= 0 || path.isEmpty())
            return bagError(name, QT_TRANSLATE_NOOP("Error", "line %1 is not \"checksum path\""),
                            {QString::number(i + 1)});
        const auto file = bag.sums.find(path);
        if (file == bag.sums.end() || expected.count(path) == 0)
            return bagError(name,
                            QT_TRANSLATE_NOOP("Error",
                                              "line %1 lists %2, which the bag "
                                              "does not hold"),
                            {QString::number(i + 1), path});
        if (!listed.insert(path).second)
            return bagError(name, QT_TRANSLATE_NOOP("Error", "lists %1 twice"), {path});
        if (file->second.*sum != checksum && !mismatch)
            mismatch = path;
    }
    if (mismatch)
        return bagError(name, QT_TRANSLATE_NOOP("Error", "%1 does not match its checksum"),
                        {*mismatch});
    for (const QString& path : expected)
        if (listed.count(path) == 0)
            return bagError(name, QT_TRANSLATE_NOOP("Error", "does not list %1"), {path});
    return okStatus();
}

}  // namespace

bool isTagFile(QStringView path)
{
    return !path.startsWith(kPayload);
}

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

void Listing::add(Listing other)
{
    sums.merge(other.sums);
    kept.merge(other.kept);
}

Reader::Reader(Select keep, Whole whole, Select reads)
    : keep_(std::move(keep)), whole_(std::move(whole)), reads_(std::move(reads))
{
}

bool Reader::begin(const QString& path, qint64 sizeHint)
{
    if (reads_ && !reads_(path))
        return false;
    file_ = listing_.sums.try_emplace(path).first;
    bytes_ = nullptr;
    if (isTagFile(path) || keep_(path)) {
        bytes_ = &listing_.kept[path];
        reserveLarge(*bytes_, static_cast<qsizetype>(sizeHint));
    }
    return true;
}

void Reader::append(QByteArrayView bytes)
{
    file_->second.size += bytes.size();
    if (bytes_ != nullptr) {
        bytes_->append(bytes);
    } else {
        sha256_.update(bytes);
        sha512_.update(bytes);
    }
}

void Reader::end()
{
    // A kept file is handed over before it is hashed: work on it (the document's checks)
    // starts that much sooner.
    if (bytes_ != nullptr) {
        if (whole_)
            whole_(file_->first, *bytes_);
        sha256_.update(*bytes_);
        sha512_.update(*bytes_);
    }
    file_->second.sha256 = sha256_.finishHex();
    file_->second.sha512 = sha512_.finishHex();
}

Result<Info> check(const Listing& bag)
{
    const auto bagit = bag.kept.find(QStringLiteral("bagit.txt"));
    if (bagit == bag.kept.end())
        return bagError(QStringLiteral("bagit.txt"), QT_TRANSLATE_NOOP("Error", "is missing"));
    if (!bagit->second.startsWith("BagIt-Version: 1.0") ||
        !bagit->second.contains("Tag-File-Character-Encoding: UTF-8"))
        return bagError(QStringLiteral("bagit.txt"),
                        QT_TRANSLATE_NOOP("Error", "must declare BagIt 1.0 in UTF-8"));
    std::set<QString> payload;
    qint64 octets = 0;
    for (const auto& [name, sums] : bag.sums) {
        if (name.startsWith(kPayload)) {
            payload.insert(name);
            octets += sums.size;
        }
    }
    for (const auto& [name, sum] :
         {std::pair{QStringLiteral("manifest-sha256.txt"), &Sums::sha256},
          std::pair{QStringLiteral("manifest-sha512.txt"), &Sums::sha512}})
        if (auto st = checkManifest(bag, name, sum, payload); !st)
            return st.error();
    const std::set<QString> tags = {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"),
                                    QStringLiteral("manifest-sha256.txt"),
                                    QStringLiteral("manifest-sha512.txt")};
    if (auto st = checkManifest(bag, QStringLiteral("tagmanifest-sha256.txt"), &Sums::sha256, tags);
        !st)
        return st.error();
    Info info;
    const auto infoFile = bag.kept.find(QStringLiteral("bag-info.txt"));
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
