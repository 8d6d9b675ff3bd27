#pragma once

#include "chain/genesis.h"
#include "common/result.h"
#include "crypto/certificate_authority.h"
#include "crypto/private_key.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp::node {

struct DevnetOptions
{
    QString name = QStringLiteral("PowerProof devnet");
    int validators = 4;
    int registrars = 1;
    crypto::HashAlg hash = crypto::HashAlg::Sha256;  // intl; Sm3 for the gm profile
    QByteArray seed = "powerproof";
    std::uint64_t genesisTimeMs = 1735660800000ULL;  // 2025-01-01 00:00 Beijing time
    std::uint64_t blockIntervalMs = 2000;
};

// A local network: its genesis and every key it needs, all derived from the seed, so the
// same options give the same chain_id. Validators mix the profile's algorithms (intl:
// Ed25519 and P-256 alternately; gm: SM2 with every third Ed25519) so that commits
// exercise each verifier.
struct Devnet
{
    chain::Genesis genesis;
    std::vector<crypto::PrivateKey> validatorKeys;  // every validator key of the directory
    crypto::PrivateKey registrar;  // registrar-0: the one the device simulator uses
    std::vector<crypto::PrivateKey> otherRegistrars;  // registrar-1 ... when asked for more
    // The devnet's root CA and its RFC 3161 time-stamping certificate (P-256 in both
    // profiles: what `openssl ts` verifies everywhere).
    crypto::IssuedCertificate rootCa;
    crypto::IssuedCertificate tsa;
    // For `run --tls-cert/--tls-key`: a server certificate for 127.0.0.1 and localhost, and
    // a client certificate for gateways that require mutual TLS, both from the root CA.
    crypto::IssuedCertificate tlsServer;
    crypto::IssuedCertificate tlsClient;
    // For `powerproof-cli evidence export --sign-cert/--sign-key`: an exporter's
    // document-signing certificate from the root CA, so the demo signs its packages. Absent
    // from devnets made before it.
    std::optional<crypto::IssuedCertificate> exporter;
};

Result<Devnet> createDevnet(const DevnetOptions& options);

// A devnet directory: genesis.cbor, keys/validator-N.pem, keys/registrar.pem (and
// keys/registrar-N.pem for more), ca/root.pem, ca/tsa.pem, ca/tls-server.pem,
// ca/tls-client.pem and ca/exporter.pem with their keys (ca/NAME-key.pem; keys
// owner-only), and devnet.json, the node's settings (see DevnetConfig).
Status saveDevnet(const Devnet& devnet, const QString& dir,
                  const QString& listen = QStringLiteral("127.0.0.1:8641"));
// Loads the genesis, the registrar and every keys/validator-N.pem: those of the genesis
// set and those added by rotations.
Result<Devnet> loadDevnet(const QString& dir);
// Writes a new validator's key as the next keys/validator-N.pem; returns N.
Result<int> addValidatorKey(const QString& dir, const crypto::PrivateKey& key);

// devnet.json: what `run` and `simulate` use when their options do not say otherwise.
struct DevnetConfig
{
    QString listen = QStringLiteral("127.0.0.1:8641");
};
// The directory's config; defaults for what the file does not hold (or when it is absent).
Result<DevnetConfig> loadDevnetConfig(const QString& dir);

// Where `validators rotate` leaves the next set for the running node to announce.
QString scheduledSetPath(const QString& dir);

}  // namespace pp::node
