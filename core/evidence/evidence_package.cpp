#include "evidence/evidence_package.h"

#include "chain/header.h"
#include "common/bytes.h"
#include "evidence/bag.h"
#include "evidence/verify_notes.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace pp::evidence {

namespace {

const QString kDocument = QStringLiteral("data/evidence.cbor");

}  // namespace

Result<ExportSummary> exportPackage(
    store::Workspace& workspace, const Selection& selection, const QString& path,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress,
    const std::atomic<bool>* cancel)
{
    auto document = buildEvidence(workspace, selection, progress, cancel);
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

    const QString chainHex = toHex(verdict->chainId);
    FileTree payload;
    payload.emplace(QStringLiteral("evidence.cbor"), document->encode());
    payload.emplace(QStringLiteral("VERIFY.md"), verifyNotes(*verdict, Language::English));
    payload.emplace(QStringLiteral("验证说明.md"), verifyNotes(*verdict, Language::Chinese));
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
    const FileTree files = bag::make(payload, std::move(info));
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
                         QFileInfo(path).size()};
}

Result<PackageVerdict> verifyPackage(const QString& path,
                                     const std::optional<Digest>& trustedChainId)
{
    auto zip = readZip(path);
    if (!zip)
        return std::move(zip).error();
    auto info = bag::check(zip->files);
    if (!info)
        return std::move(info).error();
    const auto file = zip->files.find(kDocument);
    if (file == zip->files.end())
        return Error(ErrorKind::Invalid, "evidence.no-document",
                     QT_TRANSLATE_NOOP("Error", "the bag holds no %1"), {kDocument});
    auto document = Document::decode(file->second);
    if (!document)
        return std::move(document).error();
    auto verdict = verifyEvidence(*document, trustedChainId);
    if (!verdict)
        return std::move(verdict).error();
    // bag-info must say what the document proves, or a reader of it alone is misled.
    const QString identifier = bag::value(*info, u"External-Identifier");
    const QString anchor = bag::value(*info, u"PowerProof-Anchor");
    if (identifier != QStringLiteral("powerproof:") + toHex(verdict->chainId) ||
        anchor !=
            QStringLiteral("%1 %2").arg(verdict->anchorHeight).arg(toHex(verdict->anchorHash)))
        return Error(ErrorKind::Invalid, "evidence.bag-info",
                     QT_TRANSLATE_NOOP("Error",
                                       "bag-info.txt names chain \"%1\" and anchor "
                                       "\"%2\", not what evidence.cbor proves"),
                     {identifier, anchor});
    PackageVerdict out{std::move(*verdict), zip->root, false, false};
    out.signedByExporter =
        zip->files.count(QStringLiteral("signatures/tagmanifest-sha256.txt.p7s")) != 0;
    out.timeStamped =
        zip->files.count(QStringLiteral("timestamps/tagmanifest-sha256.txt.tsr")) != 0;
    return out;
}

}  // namespace pp::evidence
