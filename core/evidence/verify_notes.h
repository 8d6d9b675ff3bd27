#pragma once

#include "evidence/verdict.h"

#include <QByteArray>

namespace pp::evidence {

enum class Language { English, Chinese };

// data/VERIFY.md and data/验证说明.md: what the package claims and how to check it by
// hand with standard tools (sha256sum, openssl) or with powerproof-cli. Both files are
// always written, whatever the exporter's language, so each reader finds theirs.
QByteArray verifyNotes(const Verdict& verdict, bool signedByExporter, bool timeStamped,
                       Language language);

}  // namespace pp::evidence
