#include "node/devnet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::node {

namespace {

using crypto::SigAlg;

SigAlg validatorAlg(crypto::HashAlg hash, int i)
{
    if (hash == crypto::HashAlg::Sm3)
        return i % 3 == 2 ? SigAlg::Ed25519 : SigAlg::Sm2;
    return i % 2 == 0 ? SigAlg::Ed25519 : SigAlg::Es256;
}

Error fileError(const QString& path, const QString& why)
{
    return Error(ErrorKind::Io, "devnet.file", QT_TRANSLATE_NOOP("Error", "devnet file %1: %2"),
                 {path, why});
}

Status writeFile(const QString& path, const QByteArray& data, bool secret)
{
    QFile f(path);
    const auto perms = secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, perms) || f.write(data) != data.size())
        return fileError(path, f.errorString());
    return okStatus();
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(path, f.errorString());
    return f.readAll();
}

QString validatorKeyPath(const QString& dir, std::size_t i)
{
    return QDir(dir).filePath(QStringLiteral("keys/validator-%1.pem").arg(i));
}

// The first registrar's key keeps its original name, registrar.pem.
QString registrarKeyPath(const QString& dir, std::size_t i)
{
    return QDir(dir).filePath(i == 0 ? QStringLiteral("keys/registrar.pem")
                                     : QStringLiteral("keys/registrar-%1.pem").arg(i));
}

QString caPath(const QString& dir, const QString& file)
{
    return QDir(dir).filePath(QStringLiteral("ca/") + file);
}

Result<crypto::IssuedCertificate> loadIssued(const QString& dir, const QString& name)
{
    auto cert = readFile(caPath(dir, name + QStringLiteral(".pem")));
    auto keyPem = readFile(caPath(dir, name + QStringLiteral("-key.pem")));
    if (const Error* e = firstError(cert, keyPem))
        return *e;
    auto key = crypto::PrivateKey::fromPem(*keyPem);
    if (!key)
        return std::move(key).error();
    return crypto::IssuedCertificate{*cert, *key};
}

}  // namespace

Result<Devnet> createDevnet(const DevnetOptions& o)
{
    if (o.validators < 1 || o.validators > 100) {
        return Error(ErrorKind::Invalid, "devnet.options",
                     QT_TRANSLATE_NOOP("Error", "a devnet has 1 to 100 validators, not %1"),
                     {QString::number(o.validators)});
    }
    const auto derive = [&](SigAlg alg, const QString& role) {
        return crypto::PrivateKey::fromSeed(alg, QByteArray(o.seed + '/' + role.toUtf8()));
    };
    std::vector<crypto::PrivateKey> keys;
    std::vector<chain::Validator> validators;
    for (int i = 0; i < o.validators; ++i) {
        auto key = derive(validatorAlg(o.hash, i), QStringLiteral("validator/%1").arg(i));
        if (!key)
            return std::move(key).error();
        validators.push_back(
            {QStringLiteral("validator-%1").arg(i), key->publicKey(), std::uint64_t{10}});
        keys.push_back(std::move(*key));
    }
    std::vector<crypto::PrivateKey> registrars;
    std::vector<chain::Registrar> registrarEntries;
    for (int i = 0; i < std::max(1, o.registrars); ++i) {
        auto key = derive(o.hash == crypto::HashAlg::Sm3 ? SigAlg::Sm2 : SigAlg::Ed25519,
                          QStringLiteral("registrar/%1").arg(i));
        if (!key)
            return std::move(key).error();
        registrarEntries.push_back({QStringLiteral("registrar-%1").arg(i), key->publicKey()});
        registrars.push_back(std::move(*key));
    }
    auto set = chain::ValidatorSet::create(std::move(validators), o.hash);
    if (!set)
        return std::move(set).error();
    auto genesis = chain::Genesis::create({o.name, o.hash, o.genesisTimeMs, std::move(*set),
                                           std::move(registrarEntries), o.blockIntervalMs});
    if (!genesis)
        return std::move(genesis).error();
    const auto notBefore = static_cast<std::int64_t>(o.genesisTimeMs / 1000);
    auto caKey = derive(SigAlg::Es256, QStringLiteral("ca/root"));
    auto tsaKey = derive(SigAlg::Es256, QStringLiteral("ca/tsa"));
    auto serverKey = derive(SigAlg::Es256, QStringLiteral("ca/tls-server"));
    auto clientKey = derive(SigAlg::Es256, QStringLiteral("ca/tls-client"));
    auto exporterKey = derive(SigAlg::Es256, QStringLiteral("ca/exporter"));
    if (const Error* e = firstError(caKey, tsaKey, serverKey, clientKey, exporterKey))
        return *e;
    auto root = crypto::createRootCa(*caKey, o.name + QStringLiteral(" root CA"), notBefore, 20);
    if (!root)
        return std::move(root).error();
    auto tsa = crypto::issueTimeStampingCertificate(*root, *tsaKey, o.name + QStringLiteral(" TSA"),
                                                    notBefore, 20, 2);
    auto server = crypto::issueTlsCertificate(
        *root, *serverKey, crypto::TlsRole::Server, o.name + QStringLiteral(" node"),
        {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("localhost")},
        notBefore, 20, 3);
    auto client = crypto::issueTlsCertificate(*root, *clientKey, crypto::TlsRole::Client,
                                              o.name + QStringLiteral(" gateway client"), {},
                                              notBefore, 20, 4);
    auto exporter = crypto::issueSigningCertificate(
        *root, *exporterKey, o.name + QStringLiteral(" evidence exporter"), notBefore, 20, 5);
    if (const Error* e = firstError(tsa, server, client, exporter))
        return *e;
    crypto::PrivateKey first = registrars.front();
    registrars.erase(registrars.begin());
    return Devnet{std::move(*genesis),   std::move(keys),    std::move(first),
                  std::move(registrars), std::move(*root),   std::move(*tsa),
                  std::move(*server),    std::move(*client), std::move(*exporter)};
}

Status saveDevnet(const Devnet& devnet, const QString& dir, const QString& listen)
{
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("keys"))))
        return fileError(dir, QStringLiteral("cannot create the directory"));
    if (auto st = writeFile(QDir(dir).filePath(QStringLiteral("genesis.cbor")),
                            devnet.genesis.encoded(), false);
        !st) {
        return st;
    }
    for (std::size_t i = 0; i < devnet.validatorKeys.size(); ++i) {
        auto pem = devnet.validatorKeys[i].toPem();
        if (!pem)
            return std::move(pem).error();
        if (auto st = writeFile(validatorKeyPath(dir, i), *pem, true); !st)
            return st;
    }
    for (std::size_t i = 0; i <= devnet.otherRegistrars.size(); ++i) {
        auto pem = (i == 0 ? devnet.registrar : devnet.otherRegistrars[i - 1]).toPem();
        if (!pem)
            return std::move(pem).error();
        if (auto st = writeFile(registrarKeyPath(dir, i), *pem, true); !st)
            return st;
    }
    const QJsonObject config{
        {QStringLiteral("listen"), listen},
        {QStringLiteral("note"), QStringLiteral("powerproof-node settings for this devnet; command "
                                                "line options override them")}};
    if (auto st = writeFile(QDir(dir).filePath(QStringLiteral("devnet.json")),
                            QJsonDocument(config).toJson(), false);
        !st)
        return st;
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("ca"))))
        return fileError(dir, QStringLiteral("cannot create the ca directory"));
    for (const auto& [name, issued] :
         {std::pair{QStringLiteral("root"), &devnet.rootCa},
          std::pair{QStringLiteral("tsa"), &devnet.tsa},
          std::pair{QStringLiteral("tls-server"), &devnet.tlsServer},
          std::pair{QStringLiteral("tls-client"), &devnet.tlsClient},
          std::pair{QStringLiteral("exporter"), devnet.exporter ? &*devnet.exporter : nullptr}}) {
        if (issued == nullptr)
            continue;
        auto keyPem = issued->key.toPem();
        if (!keyPem)
            return std::move(keyPem).error();
        if (auto st = writeFile(caPath(dir, name + QStringLiteral(".pem")), issued->certificatePem,
                                false);
            !st)
            return st;
        if (auto st = writeFile(caPath(dir, name + QStringLiteral("-key.pem")), *keyPem, true); !st)
            return st;
    }
    return okStatus();
}

Result<Devnet> loadDevnet(const QString& dir)
{
    auto bytes = readFile(QDir(dir).filePath(QStringLiteral("genesis.cbor")));
    if (!bytes)
        return std::move(bytes).error();
    auto genesis = chain::Genesis::decode(*bytes);
    if (!genesis)
        return std::move(genesis).error();
    std::vector<crypto::PrivateKey> keys;
    for (std::size_t i = 0; QFile::exists(validatorKeyPath(dir, i)); ++i) {
        auto pem = readFile(validatorKeyPath(dir, i));
        if (!pem)
            return std::move(pem).error();
        auto key = crypto::PrivateKey::fromPem(*pem);
        if (!key)
            return std::move(key).error().within(QT_TRANSLATE_NOOP("Error", "validator key %1"),
                                                 {QString::number(i)});
        keys.push_back(std::move(*key));
    }
    std::vector<crypto::PrivateKey> registrars;
    for (std::size_t i = 0; i == 0 || QFile::exists(registrarKeyPath(dir, i)); ++i) {
        auto pem = readFile(registrarKeyPath(dir, i));
        if (!pem)
            return std::move(pem).error();
        auto key = crypto::PrivateKey::fromPem(*pem);
        if (!key)
            return std::move(key).error().within(QT_TRANSLATE_NOOP("Error", "registrar key %1"),
                                                 {QString::number(i)});
        registrars.push_back(std::move(*key));
    }
    auto root = loadIssued(dir, QStringLiteral("root"));
    auto tsa = loadIssued(dir, QStringLiteral("tsa"));
    auto server = loadIssued(dir, QStringLiteral("tls-server"));
    auto client = loadIssued(dir, QStringLiteral("tls-client"));
    if (const Error* e = firstError(root, tsa, server, client))
        return *e;
    std::optional<crypto::IssuedCertificate> exporter;
    if (QFile::exists(caPath(dir, QStringLiteral("exporter.pem")))) {
        auto loaded = loadIssued(dir, QStringLiteral("exporter"));
        if (!loaded)
            return std::move(loaded).error();
        exporter = std::move(*loaded);
    }
    crypto::PrivateKey first = registrars.front();
    registrars.erase(registrars.begin());
    return Devnet{std::move(*genesis),   std::move(keys),    std::move(first),
                  std::move(registrars), std::move(*root),   std::move(*tsa),
                  std::move(*server),    std::move(*client), std::move(exporter)};
}

Result<int> addValidatorKey(const QString& dir, const crypto::PrivateKey& key)
{
    int n = 0;
    while (QFile::exists(validatorKeyPath(dir, static_cast<std::size_t>(n))))
        ++n;
    auto pem = key.toPem();
    if (!pem)
        return std::move(pem).error();
    if (auto st = writeFile(validatorKeyPath(dir, static_cast<std::size_t>(n)), *pem, true); !st)
        return std::move(st).error();
    return n;
}

Result<DevnetConfig> loadDevnetConfig(const QString& dir)
{
    DevnetConfig config;
    const QString path = QDir(dir).filePath(QStringLiteral("devnet.json"));
    if (!QFile::exists(path))
        return config;
    auto bytes = readFile(path);
    if (!bytes)
        return std::move(bytes).error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorKind::Malformed, "devnet.config",
                     QT_TRANSLATE_NOOP("Error", "%1: not a JSON object (%2 at offset %3)"),
                     {path, parseError.errorString(), QString::number(parseError.offset)});
    }
    const QJsonValue listen = doc.object().value(u"listen");
    if (!listen.isUndefined() && !listen.isString()) {
        return Error(ErrorKind::Malformed, "devnet.config",
                     QT_TRANSLATE_NOOP("Error", "%1: \"listen\" must be a string HOST:PORT"),
                     {path});
    }
    config.listen = listen.toString(config.listen);
    return config;
}

QString scheduledSetPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("next-validators.cbor"));
}

}  // namespace pp::node
