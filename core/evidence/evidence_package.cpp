#include "evidence/evidence_package.h"

#include "chain/header.h"
#include "common/bytes.h"
#include "crypto/cms_signature.h"
#include "crypto/pkcs12.h"
#include "crypto/timestamp_token.h"
#include "evidence/bag.h"
#include "evidence/evidence_builder.h"
#include "evidence/evidence_report.h"
#include "evidence/evidence_verifier.h"
#include "evidence/fork_proof.h"
#include "evidence/readable_files.h"
#include "evidence/verify_notes.h"
#include "net/http_client.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <vector>

namespace pp::evidence {

namespace {

const QString kDocument = QStringLiteral("data/evidence.cbor");
const QString kTagManifest = QStringLiteral("tagmanifest-sha256.txt");
const QString kSignature = QStringLiteral("signatures/tagmanifest-sha256.txt.p7s");
const QString kTimeStamp = QStringLiteral("timestamps/tagmanifest-sha256.txt.tsr");
const QString kTrustChain = QStringLiteral("data/trust/chain.pem");
const QString kTsaChain = QStringLiteral("data/trust/tsa-chain.pem");
constexpr qint64 kMaxTimeStampBytes = qint64{64} * 1024;

// Asks the TSA for a time-stamp over `data` and checks its answer before it goes in.
Result<std::pair<QByteArray, crypto::TimeStamp>> fetchTimeStamp(const TimeStamping& tsa,
                                                                const QByteArray& data)
{
    QByteArray nonce;
    auto request = crypto::timeStampRequest(data, &nonce);
    if (!request)
        return std::move(request).error();
    auto client = net::HttpClient::create(tsa.url);
    if (!client)
        return std::move(client).error();
    auto answer =
        (*client)->get({QString(), kMaxTimeStampBytes,
                        std::pair{*request, QByteArrayLiteral("application/timestamp-query")}});
    if (!answer)
        return std::move(answer).error();
    auto checked = crypto::verifyTimeStamp(*answer, data, tsa.caPem, nonce);
    if (!checked)
        return std::move(checked).error();
    return std::pair{*answer, *checked};
}

// What the workspace found about the selected devices in the window: the findings a
// reader of the package sees beside the records.
Result<std::vector<findings::Finding>> windowFindings(store::Workspace& workspace,
                                                      const Selection& selection)
{
    auto all = workspace.findings().list({}, {});
    if (!all)
        return std::move(all).error();
    std::vector<findings::Finding> out;
    for (findings::Finding& f : *all) {
        const bool device = std::find(selection.devices.begin(), selection.devices.end(),
                                      f.deviceId) != selection.devices.end();
        const bool inWindow =
            !f.timeMs || (*f.timeMs >= selection.fromMs && *f.timeMs < selection.toMs);
        if (device && inWindow)
            out.push_back(std::move(f));
    }
    return out;
}

// What a reader should know of the signer's certificate's validity (evidence.md is silent;
// docs/evidence.md): checked at the time-stamp when there is one, which then decides, and
// a certificate expired since is only mentioned; without a time-stamp nothing shows when
// the package was signed, so a certificate expired (or not yet valid) now is a warning,
// not a failure.
void addValidityNotice(PackageVerdict& out, const crypto::CmsSigner& signer, std::int64_t nowS)
{
    const auto day = [](std::int64_t s) {
        return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc()).toString(Qt::ISODate);
    };
    const bool valid = signer.notBeforeS <= nowS && nowS <= signer.notAfterS;
    if (valid)
        return;
    if (out.timeStamped)
        out.evidence.notices.emplace_back(
            "Error",
            QT_TRANSLATE_NOOP("Error",
                              "the exporter's certificate is not valid now (valid %1 to %2), "
                              "but was when the time-stamp shows the package existed"),
            QStringList{day(signer.notBeforeS), day(signer.notAfterS)});
    else
        out.evidence.notices.emplace_back(
            "Error",
            QT_TRANSLATE_NOOP("Error",
                              "WARNING: the exporter's certificate is not valid now (valid %1 to "
                              "%2) and no time-stamp shows the package was signed while it was"),
            QStringList{day(signer.notBeforeS), day(signer.notAfterS)});
}

// The last certificate of a PEM bundle: the root, when the chain runs from leaf to root.
QByteArray lastCertificate(const QByteArray& pem)
{
    const qsizetype begin = pem.lastIndexOf("-----BEGIN CERTIFICATE-----");
    return begin < 0 ? QByteArray() : pem.mid(begin);
}

struct CheckedDocument
{
    Document document;
    Verdict verdict;
};

Result<CheckedDocument> checkDocument(const QByteArray& bytes,
                                      const std::optional<Digest>& trustedChainId)
{
    auto document = Document::decode(bytes);
    if (!document)
        return std::move(document).error();
    auto verdict = verifyEvidence(*document, trustedChainId);
    if (!verdict)
        return std::move(verdict).error();
    return CheckedDocument{std::move(*document), std::move(*verdict)};
}

struct ReadBag
{
    QString root;
    bag::Listing listing;
};

// The package's bag, read on every core. This thread reads the tag files and the payload
// files `keep` accepts, handing each to `whole` as soon as it is read, so the document's
// checks start while the rest inflate. Helpers, one per spare core (at least one, at most
// four), hash the rest of the payload (the files for people: most of a package's bytes),
// the files going round them in ZIP order, each passing over the others'. They share one
// count of what is unpacked, so the package's limits hold for all of them together.
// Errors are reported in that order: this thread's first.
Result<ReadBag> readBag(const QString& path, const bag::Reader::Select& keep,
                        bag::Reader::Whole whole)
{
    auto mine = [keep](const QString& name) { return bag::isTagFile(name) || keep(name); };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t helpers = std::clamp(cores - 1, 1u, 4u);
    std::atomic<qint64> unpacked{0};
    std::vector<std::unique_ptr<bag::Reader>> hashers;
    std::vector<std::future<Result<QString>>> hashing;
    for (std::size_t j = 0; j < helpers; ++j) {
        hashers.push_back(std::make_unique<bag::Reader>(
            [](const QString&) { return false; }, bag::Reader::Whole(),
            [mine, j, helpers, k = std::size_t{0}](const QString& name) mutable {
                return !mine(name) && k++ % helpers == j;
            }));
        hashing.push_back(std::async(std::launch::async, [&path, &unpacked, &h = *hashers.back()] {
            return readZip(path, h, kMaxPackageBytes, &unpacked);
        }));
    }
    bag::Reader reader(keep, std::move(whole), mine);
    auto root = readZip(path, reader, kMaxPackageBytes, &unpacked);
    std::vector<Result<QString>> hashed;
    hashed.reserve(hashing.size());
    for (auto& h : hashing)
        hashed.push_back(h.get());
    if (!root)
        return std::move(root).error();
    for (auto& h : hashed)
        if (!h)
            return std::move(h).error();
    ReadBag out{*root, std::move(reader.listing())};
    for (const auto& h : hashers)
        out.listing.add(std::move(h->listing()));
    return out;
}

}  // namespace

Result<Signing> signingFromPkcs12(QByteArrayView bundle, QByteArrayView passphrase)
{
    auto contents = crypto::readPkcs12(bundle, passphrase);
    if (!contents)
        return std::move(contents).error();
    return Signing{contents->certificatePem, contents->keyPem, contents->chainPem, QByteArray()};
}

Result<ExportSummary> exportPackage(
    store::Workspace& workspace, const Selection& selection, const QString& path,
    const std::optional<Signing>& signing, const std::optional<TimeStamping>& timeStamping,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress,
    const std::atomic<bool>* cancel, const std::optional<NodeSource>& node)
{
    std::unique_ptr<net::NodeClient> client;
    if (node) {
        auto connected = net::NodeClient::connect(node->url, node->http);
        if (!connected)
            return std::move(connected).error();
        client = std::move(*connected);
    }
    auto document = buildEvidence(workspace, selection, progress, cancel, client.get());
    if (!document)
        return std::move(document).error();
    auto anchor = chain::Header::decode(document->anchorHeader);
    if (!anchor)
        return std::move(anchor).error();
    // Checked before it leaves: a package that would not verify is never written.
    auto verdict = verifyEvidence(*document, std::nullopt);
    if (!verdict)
        return std::move(verdict).error().within(
            QT_TRANSLATE_NOOP("Error", "the package as built does not verify"));
    if (cancel != nullptr && cancel->load())
        return cancelledError();

    auto contents = readContents(*document);
    auto findings = windowFindings(workspace, selection);
    if (const Error* e = firstError(contents, findings))
        return *e;

    const QString chainHex = toHex(verdict->chainId);
    FileTree payload = readableFiles(*contents, *findings);
    std::optional<ForkProof> fork;
    if (selection.fork) {
        auto held = workspace.network().fork();
        if (!held)
            return std::move(held).error();
        if (!*held)
            return Error(ErrorKind::Invalid, "evidence.no-fork",
                         QT_TRANSLATE_NOOP("Error", "the workspace holds no fork to export"));
        payload.merge(forkFiles(**held));
        auto proof = checkFork(payload, *document);  // what the package will prove
        if (!proof)
            return std::move(proof).error().within(
                QT_TRANSLATE_NOOP("Error", "the package as built does not verify"));
        fork = std::move(*proof);
    }
    const QByteArray encoded = document->encode();
    const ReportContext context{
        signing ? crypto::certificateSubject(signing->certificatePem) : QString(),
        timeStamping ? timeStamping->url : QString(), fork};
    payload.emplace(QStringLiteral("report.pdf"),
                    renderReport(*verdict, *contents, *findings, context));
    if (cancel != nullptr && cancel->load())
        return cancelledError();
    payload.emplace(QStringLiteral("evidence.cbor"), encoded);
    const bool sign = signing.has_value();
    payload.emplace(QStringLiteral("VERIFY.md"),
                    verifyNotes(*verdict, sign, timeStamping.has_value(), Language::English));
    payload.emplace(QStringLiteral("验证说明.md"),
                    verifyNotes(*verdict, sign, timeStamping.has_value(), Language::Chinese));
    if (timeStamping)
        payload.emplace(QStringLiteral("trust/tsa-chain.pem"), timeStamping->caPem);
    if (sign) {
        // The chain up to the root, one bundle `openssl cms -CAfile` reads; a self-signed
        // signer is its own.
        payload.emplace(QStringLiteral("trust/chain.pem"),
                        signing->chainPem.isEmpty() ? signing->certificatePem : signing->chainPem);
    }
    const QDateTime made =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(selection.nowMs), QTimeZone::utc());
    bag::Info info = {
        {QStringLiteral("Bagging-Date"), made.date().toString(Qt::ISODate)},
        {QStringLiteral("External-Identifier"), QStringLiteral("powerproof:") + chainHex},
        {QStringLiteral("External-Description"),
         QStringLiteral("%1 signed records of %2 device(s) on chain %3, proven against block %4")
             .arg(verdict->records)
             .arg(selection.devices.size())
             .arg(verdict->chainName)
             .arg(verdict->anchorHeight)},
        {QStringLiteral("PowerProof-Anchor"),
         QStringLiteral("%1 %2").arg(verdict->anchorHeight).arg(toHex(verdict->anchorHash))},
        {QStringLiteral("Bag-Software-Agent"), selection.tool},
    };
    FileTree files = bag::make(payload, std::move(info));
    if (sign) {
        auto signature =
            crypto::signDetachedCms(files.at(kTagManifest), signing->certificatePem,
                                    signing->keyPem, signing->chainPem, signing->passphrase);
        if (!signature)
            return std::move(signature).error().within(
                QT_TRANSLATE_NOOP("Error", "signing the package"));
        files.emplace(kSignature, *signature);
    }
    std::optional<std::uint64_t> stampedAt;
    if (timeStamping) {
        auto stamp = fetchTimeStamp(*timeStamping, files.at(kTagManifest));
        if (!stamp)
            return std::move(stamp).error().within(
                QT_TRANSLATE_NOOP("Error", "time-stamping the package at %1"), {timeStamping->url});
        files.emplace(kTimeStamp, stamp->first);
        stampedAt = stamp->second.timeMs;
    }
    const QString root = QStringLiteral("powerproof-evidence-%1-%2")
                             .arg(chainHex.left(12))
                             .arg(verdict->anchorHeight);
    if (auto st = writeZip(path, root, files); !st)
        return st.error();
    return ExportSummary{path,
                         root,
                         document->records.size(),
                         document->registrations.size(),
                         document->blocks.size(),
                         document->transitions.size(),
                         verdict->anchorHeight,
                         QFileInfo(path).size(),
                         encoded.size(),
                         sign,
                         stampedAt};
}

Result<PackageVerdict> verifyPackage(const QString& path,
                                     const std::optional<Digest>& trustedChainId,
                                     const StepDone& done, Contents contents)
{
    const StepDone passed = done ? done : [](Step) {};
    const std::int64_t nowS = QDateTime::currentSecsSinceEpoch();
    // The document is decoded and verified (the signatures: most of the work) beside the
    // inflating and hashing of the files after it; its verdict counts only once the ZIP
    // and the bag have passed, and errors are reported in that order.
    std::future<Result<CheckedDocument>> checking;
    // Of the payload, only what the checks below read is held; the files for people (the
    // records as CSV and JSON, the report) are hashed as they inflate and let go.
    auto bag = readBag(
        path,
        [](const QString& name) {
            return name == kDocument || name.startsWith(u"data/trust/") ||
                   name.startsWith(u"data/fork/");
        },
        [&](const QString& name, const QByteArray& bytes) {
            if (name == kDocument)
                checking = std::async(std::launch::async, checkDocument, bytes, trustedChainId);
        });
    if (!bag)
        return std::move(bag).error();
    passed(Step::Zip);
    auto info = bag::check(bag->listing);
    if (!info)
        return std::move(info).error();
    passed(Step::Bag);
    const FileTree& files = bag->listing.kept;
    if (!checking.valid())
        return Error(ErrorKind::Invalid, "evidence.no-document",
                     QT_TRANSLATE_NOOP("Error", "the bag holds no %1"), {kDocument});
    auto checked = checking.get();
    if (!checked)
        return std::move(checked).error();
    for (Step step : {Step::GenesisAndAnchor, Step::Transitions, Step::Blocks, Step::Registrations,
                      Step::Records})
        passed(step);
    const Document& document = checked->document;
    Verdict& verdict = checked->verdict;
    // bag-info must say what the document proves, or a reader of it alone is misled.
    const QString identifier = bag::value(*info, u"External-Identifier");
    const QString anchor = bag::value(*info, u"PowerProof-Anchor");
    if (identifier != QStringLiteral("powerproof:") + toHex(verdict.chainId) ||
        anchor != QStringLiteral("%1 %2").arg(verdict.anchorHeight).arg(toHex(verdict.anchorHash)))
        return Error(ErrorKind::Invalid, "evidence.bag-info",
                     QT_TRANSLATE_NOOP("Error",
                                       "bag-info.txt names chain \"%1\" and anchor "
                                       "\"%2\", not what evidence.cbor proves"),
                     {identifier, anchor});
    PackageVerdict out;
    if (files.count(QStringLiteral("data/fork/header-a.bin")) != 0) {
        FileTree payload;
        for (const auto& [name, bytes] : files)
            if (name.startsWith(u"data/fork/"))
                payload.emplace(name.mid(5), bytes);
        auto proof = checkFork(payload, document);
        if (!proof)
            return std::move(proof).error();
        verdict.notices.emplace_back(
            "Error",
            QT_TRANSLATE_NOOP("Error",
                              "the package proves a fork at height %1: blocks %2 and %3 each "
                              "carry more than two thirds of the validators' signatures; "
                              "validators who signed both: %4"),
            QStringList{QString::number(proof->height), proof->hashA.left(16),
                        proof->hashB.left(16), proof->doubleSigners.join(QStringLiteral(", "))});
        out.fork = std::move(*proof);
    }
    passed(Step::BagInfo);
    out.evidence = std::move(verdict);
    out.bagRoot = bag->root;

    // The time-stamp first: when it shows the package existed is the time the signer's
    // certificate must have been valid at.
    if (const auto tsr = files.find(kTimeStamp); tsr != files.end()) {
        const auto chain = files.find(kTsaChain);
        if (chain == files.end())
            return Error(ErrorKind::Invalid, "evidence.no-trust",
                         QT_TRANSLATE_NOOP("Error",
                                           "the package is time-stamped but holds no "
                                           "%1 to check the time-stamp against"),
                         {kTsaChain});
        auto stamp = crypto::verifyTimeStamp(tsr->second, files.at(kTagManifest),
                                             lastCertificate(chain->second));
        if (!stamp)
            return std::move(stamp).error().within(QT_TRANSLATE_NOOP("Error", "bag file %1"),
                                                   {kTimeStamp});
        out.timeStamped = true;
        out.timeStampMs = stamp->timeMs;
        out.tsa = stamp->tsa;
    }
    passed(Step::TimeStamp);
    if (const auto p7s = files.find(kSignature); p7s != files.end()) {
        const auto chain = files.find(kTrustChain);
        if (chain == files.end())
            return Error(ErrorKind::Invalid, "evidence.no-trust",
                         QT_TRANSLATE_NOOP("Error",
                                           "the package is signed but holds no %1 to "
                                           "check the signature against"),
                         {kTrustChain});
        const QByteArray root = lastCertificate(chain->second);
        const std::optional<std::int64_t> at =
            out.timeStamped ? std::optional(static_cast<std::int64_t>(out.timeStampMs / 1000))
                            : std::nullopt;
        auto signer = crypto::verifyDetachedCms(p7s->second, files.at(kTagManifest), root, at);
        if (!signer)
            return std::move(signer).error().within(QT_TRANSLATE_NOOP("Error", "bag file %1"),
                                                    {kSignature});
        out.signedByExporter = true;
        out.signer = signer->subject;
        out.signerIssuer = signer->issuer;
        out.trustRootSha256 = crypto::certificateFingerprint(root);
        addValidityNotice(out, *signer, nowS);
    }
    passed(Step::Signature);
    if (contents == Contents::Decode) {
        auto decoded = readContents(document);
        if (!decoded)
            return std::move(decoded).error();
        out.contents = std::move(*decoded);
    }
    return out;
}

}  // namespace pp::evidence
