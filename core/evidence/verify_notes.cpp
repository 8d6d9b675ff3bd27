#include "evidence/verify_notes.h"

#include <QDateTime>
#include <QTimeZone>

namespace pp::evidence {

namespace {

QString iso(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc())
        .toString(Qt::ISODate);
}

QString devices(const Verdict& v)
{
    QStringList out;
    for (const QByteArray& d : v.statement.devices)
        out << QStringLiteral("`") + QString::fromLatin1(d.toHex()) + QStringLiteral("`");
    return out.join(QStringLiteral(", "));
}

// %1 chain name, %2 chain id, %3 anchor height, %4 anchor hash, %5 anchor time, %6 records,
// %7 devices, %8 from, %9 to; the statement's time and tool follow as %10, %11, and what the
// package carries of §4 as %12.
const char* const kEnglish = R"md(# How to verify this evidence package

This package was exported by PowerProof from a light node that had verified it against a
permissioned, validator-signed blockchain. It proves, with no network, that each record in
`data/evidence.cbor` was signed by its registered device and is included in the chain.

- Chain: %1, chain_id `%2`
- Anchor: block %3, header_hash `%4`, time %5 (UTC)
- Records: %6, of the devices %7
- Window asked for: %8 to %9 (UTC)
- Exported: %10 (UTC) by %11

## 1. The files are complete and unchanged

In the package's top folder (after unzipping):

    sha256sum -c tagmanifest-sha256.txt
    sha256sum -c manifest-sha256.txt
    sha512sum -c manifest-sha512.txt

Every line must say OK, and `data/` must hold no file that `manifest-sha256.txt` does not
list.

## 2. The records are the chain's

Obtain the chain_id from the chain's operator or your regulator, not from this package, and
run:

    powerproof-cli evidence verify THIS.zip --chain-id <chain_id>

It checks, from `data/evidence.cbor` alone: the genesis document against the chain_id;
each validator change; the anchor's commit; each block's inclusion in the anchor's history
tree (RFC 9162); each record's inclusion in its block and its device's signature with the
key registered for it at that position. The format is public (`evidence.md` of the
PowerProof protocol) so that any other implementation can check it the same way.

## 3. Who exported it, and when

When `signatures/tagmanifest-sha256.txt.p7s` is present:

    openssl cms -verify -binary -inform DER -in signatures/tagmanifest-sha256.txt.p7s \
      -content tagmanifest-sha256.txt -CAfile data/trust/chain.pem -purpose any

and compare the root certificate in `data/trust/chain.pem` with the one the exporter's
organisation publishes (`openssl x509 -in data/trust/chain.pem -noout -fingerprint
-sha256` shows the first certificate's).

When `timestamps/tagmanifest-sha256.txt.tsr` is present:

    openssl ts -verify -data tagmanifest-sha256.txt \
      -in timestamps/tagmanifest-sha256.txt.tsr -CAfile data/trust/tsa-chain.pem

%12

## What it cannot prove

An offline package cannot show that no later revocation of a device, and no other record
of the window, exists outside it. Gaps in a device's sequence numbers are reported by the
check above.
)md";

const char* const kChinese = R"md(# 如何验证本证据包

本证据包由 PowerProof 从轻节点导出；该轻节点已依据一条许可制、由验证人签名的区块链验证过其中的数据。
无需联网即可证明：`data/evidence.cbor` 中的每条记录都由其登记的设备签名，并且已收录在该链中。

- 链：%1，chain_id `%2`
- 锚定区块：高度 %3，header_hash `%4`，时间 %5（UTC）
- 记录：%6 条，设备 %7
- 导出时请求的时间窗口：%8 至 %9（UTC）
- 导出时间：%10（UTC），导出工具 %11

## 1. 文件完整且未被改动

解压后，在证据包的顶层文件夹中执行：

    sha256sum -c tagmanifest-sha256.txt
    sha256sum -c manifest-sha256.txt
    sha512sum -c manifest-sha512.txt

每一行都必须显示 OK，且 `data/` 中不得有 `manifest-sha256.txt` 未列出的文件。

## 2. 记录确实属于该链

请从链的运营方或监管机构获取 chain_id（不要取自本证据包），然后执行：

    powerproof-cli evidence verify 本文件.zip --chain-id <chain_id>

该命令仅依据 `data/evidence.cbor` 检查：创世文件与 chain_id 是否一致；每次验证人变更；锚定区块的提交签名；
每个区块在锚定区块历史树中的包含证明（RFC 9162）；每条记录在其区块中的包含证明，以及设备在该位置登记的密钥所作的签名。
格式是公开的（PowerProof 协议的 `evidence.md`），任何其他实现都可以同样地检查。

## 3. 导出者与导出时间

如有 `signatures/tagmanifest-sha256.txt.p7s`：

    openssl cms -verify -binary -inform DER -in signatures/tagmanifest-sha256.txt.p7s \
      -content tagmanifest-sha256.txt -CAfile data/trust/chain.pem -purpose any

并将 `data/trust/chain.pem` 中的根证书与导出机构公布的根证书进行比对。

如有 `timestamps/tagmanifest-sha256.txt.tsr`：

    openssl ts -verify -data tagmanifest-sha256.txt \
      -in timestamps/tagmanifest-sha256.txt.tsr -CAfile data/trust/tsa-chain.pem

%12

## 无法证明的内容

离线证据包无法证明包外不存在该设备后来的撤销登记，也无法证明时间窗口内不存在其他记录。
设备序号中的缺口会由上述检查报告。
)md";

// What the package carries of §4, indexed by (signed, time-stamped).
const char* const kCarriesEn[2][2] = {
    {"This package carries neither: it proves its records against the chain, not who "
     "exported it or when.",
     "This package is time-stamped but not signed: it proves when it existed, not who "
     "exported it."},
    {"This package is signed by its exporter but not time-stamped: when it was made rests "
     "on the exporter's word.",
     "This package is signed by its exporter and time-stamped."}};
const char* const kCarriesZh[2][2] = {
    {"本证据包两者均未附带：它能证明记录属于该链，但不能证明由谁、在何时导出。",
     "本证据包附有时间戳但未签名：能证明其存在的时间，但不能证明由谁导出。"},
    {"本证据包附有导出者的签名，但没有时间戳：导出时间仅凭导出者声明。",
     "本证据包附有导出者的签名和时间戳。"}};

}  // namespace

QByteArray verifyNotes(const Verdict& v, bool signedByExporter, bool timeStamped, Language language)
{
    const QString window =
        v.statement.toMs == UINT64_MAX ? QStringLiteral("—") : iso(v.statement.toMs);
    const bool english = language == Language::English;
    return QString::fromUtf8(english ? kEnglish : kChinese)
        .arg(v.chainName, toHex(v.chainId), QString::number(v.anchorHeight), toHex(v.anchorHash),
             iso(v.anchorTimeMs), QString::number(v.records), devices(v), iso(v.statement.fromMs),
             window)
        .arg(iso(v.statement.timeMs), v.statement.tool,
             QString::fromUtf8((english ? kCarriesEn : kCarriesZh)[signedByExporter][timeStamped]))
        .toUtf8();
}

}  // namespace pp::evidence
