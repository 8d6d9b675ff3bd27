#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdlib>

namespace pp::test {

QString sharedPath(const QString& relative)
{
    return QDir(QStringLiteral(POWERPROOF_SHARED_DIR)).filePath(relative);
}

bool sharedAvailable()
{
    return QFile::exists(sharedPath(QStringLiteral("vectors/README.md")));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return f.readAll();
}

QJsonObject readJson(const QString& path)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (!doc.isObject())
        qFatal("%s is not a JSON object: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

QByteArray hex(QStringView text)
{
    const auto bytes = fromHex(text);
    if (!bytes)
        qFatal("bad hex literal in a test: %s", qPrintable(text.toString()));
    return *bytes;
}

QByteArray hex(const char* text)
{
    return hex(QString::fromLatin1(text));
}

Digest digestHex(const char* text)
{
    const auto d = digestFromBytes(hex(text));
    if (!d)
        qFatal("not a 32-byte hex digest in a test: %s", text);
    return *d;
}

bool expectsFinding(const QString& expectedFinding)
{
    return expectedFinding != u"REVOKED" && expectedFinding != u"REFUSED_BY_NODE" &&
           expectedFinding != u"BATTERY_HISTORY";
}

}  // namespace pp::test
