#include "crypto/sig_alg.h"

namespace pp::crypto {

std::optional<SigAlg> sigAlgFromCoseId(std::int64_t id)
{
    switch (id) {
        case -8:
            return SigAlg::Ed25519;
        case -7:
            return SigAlg::Es256;
        case -65600:
            return SigAlg::Sm2;
        default:
            return std::nullopt;
    }
}

QString sigAlgName(SigAlg alg)
{
    switch (alg) {
        case SigAlg::Ed25519:
            return QStringLiteral("ed25519");
        case SigAlg::Es256:
            return QStringLiteral("p256");
        case SigAlg::Sm2:
            return QStringLiteral("sm2");
    }
    return {};
}

std::optional<SigAlg> sigAlgFromName(QStringView name)
{
    for (SigAlg alg : {SigAlg::Ed25519, SigAlg::Es256, SigAlg::Sm2}) {
        if (name == sigAlgName(alg))
            return alg;
    }
    return std::nullopt;
}

qsizetype publicKeySize(SigAlg alg)
{
    return alg == SigAlg::Ed25519 ? 32 : 65;
}

}  // namespace pp::crypto
