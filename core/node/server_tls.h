#pragma once

#include "common/result.h"

#include <QSslConfiguration>
#include <QString>

namespace pp::node {

// The node's TLS settings from PEM files: its certificate chain and key (EC or RSA), and,
// for a consortium gateway that requires mutual TLS, the CA bundle whose client
// certificates it accepts. Without `clientCaFile` clients are not asked for one.
Result<QSslConfiguration> serverTls(const QString& certificateFile, const QString& keyFile,
                                    const QString& clientCaFile = {});

}  // namespace pp::node
