#pragma once

#include "common/bytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace pp::test {

// Absolute path of a file under ../shared (POWERPROOF_SHARED_DIR).
QString sharedPath(const QString& relative);
bool sharedAvailable();

QByteArray readFile(const QString& path);
QJsonObject readJson(const QString& path);

// Hex that the test itself wrote: a bad literal is a bug in the test, so it fails loudly.
QByteArray hex(QStringView text);
QByteArray hex(const char* text);
Digest digestHex(const char* text);

// Whether a simulated lie (ground-truth.json's "expected_finding") leaves a finding in a
// workspace: a revocation, a record the node refused, and a lie only a battery history
// sees (an overstated SoH) leave none.
bool expectsFinding(const QString& expectedFinding);

}  // namespace pp::test

// Skips (with the reason) when ../shared is absent; a vector test never passes silently.
#define PP_REQUIRE_SHARED()                                                              \
    do {                                                                                 \
        if (!pp::test::sharedAvailable())                                                \
            QSKIP("../shared is absent: set POWERPROOF_SHARED_DIR to run vector tests"); \
    } while (false)
