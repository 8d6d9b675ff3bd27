#include "arguments.h"

#include <QCoreApplication>
#include <QUrl>

namespace pp::cli {

namespace {

Error malformed(const char* text, QStringList args)
{
    return Error(ErrorKind::Malformed, "cli.argument", text, std::move(args));
}

}  // namespace

Result<crypto::HashAlg> parseHashAlg(const QString& option, const QString& value)
{
    if (auto alg = crypto::hashAlgFromName(value))
        return *alg;
    return malformed(QT_TRANSLATE_NOOP("Error", "--%1: unknown hash '%2' (use sha-256 or sm3)"),
                     {option, value});
}

Result<std::uint64_t> parseUInt64Option(const QString& option, const QString& value)
{
    if (auto n = parseUInt64(value))
        return *n;
    return malformed(
        QT_TRANSLATE_NOOP("Error",
                          "--%1: '%2' is not a whole number from 0 to 18446744073709551615"),
        {option, value});
}

Result<QByteArray> parseHexOption(const QString& option, const QString& value)
{
    if (auto bytes = fromHex(value))
        return *bytes;
    return malformed(
        QT_TRANSLATE_NOOP("Error", "--%1: '%2' is not hex (an even number of 0-9, a-f)"),
        {option, value});
}

Result<QByteArray> parseDeviceOption(const QString& option, const QString& value)
{
    auto bytes = fromHex(value);
    if (bytes && bytes->size() == 16)
        return *bytes;
    return malformed(QT_TRANSLATE_NOOP("Error", "--%1: '%2' is not a device id (32 hex digits)"),
                     {option, value});
}

Result<QString> parseNodeUrlOption(const QString& option, const QString& value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
        !url.host().isEmpty())
        return value;
    return malformed(QT_TRANSLATE_NOOP("Error",
                                       "--%1: '%2' is not a node URL (http:// or https:// and a "
                                       "host)"),
                     {option, value});
}

Result<Digest> parseDigestOption(const QString& option, const QString& value)
{
    auto bytes = parseHexOption(option, value);
    if (!bytes)
        return std::move(bytes).error();
    if (auto d = digestFromBytes(*bytes))
        return *d;
    return malformed(
        QT_TRANSLATE_NOOP("Error", "--%1: a hash must be 32 bytes (64 hex digits), not %2 bytes"),
        {option, QString::number(bytes->size())});
}

Result<merkle::Proof> parseProofOption(const QString& option, const QString& value)
{
    merkle::Proof proof;
    if (value.isEmpty())
        return proof;
    const QStringList parts = value.split(u',');
    if (static_cast<std::size_t>(parts.size()) > merkle::kMaxProofLength) {
        return malformed(QT_TRANSLATE_NOOP("Error", "--%1: %2 hashes is more than any proof holds"),
                         {option, QString::number(parts.size())});
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto d = parseDigestOption(option, parts[i].trimmed());
        if (!d) {
            return std::move(d).error().within(QT_TRANSLATE_NOOP("Error", "proof element %1"),
                                               {QString::number(i)});
        }
        proof.push_back(*d);
    }
    return proof;
}

}  // namespace pp::cli
