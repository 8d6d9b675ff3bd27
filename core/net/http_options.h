#pragma once

#include <QString>

namespace pp::net {

// TLS settings for HTTPS nodes. Empty fields mean the default: the system's CAs, no pin, no
// client certificate.
struct TlsOptions
{
    QString caFile;           // a PEM bundle trusted instead of the system's CAs
    QString pinnedPublicKey;  // "sha256//BASE64[;sha256//...]", as curl's --pinnedpubkey
    QString clientCert;       // PEM certificate for gateways that require mutual TLS
    QString clientKey;        // its PEM private key
};

struct HttpOptions
{
    TlsOptions tls;
    int connectTimeoutMs = 5000;
    int timeoutMs = 60000;   // per attempt of one request
    int attempts = 4;        // the first try included
    int backoffMs = 250;     // before the first retry; doubled each time, with jitter
    int maxConnections = 4;  // per host: ranges are fetched side by side on these
};

}  // namespace pp::net
