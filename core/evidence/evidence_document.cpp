#include "evidence/evidence_document.h"

#include "cbor/decoder.h"
#include "cbor/map_reader.h"
#include "cbor/writer.h"
#include "merkle/proof_codec.h"

namespace pp::evidence {

namespace {

constexpr const char* kWhat = QT_TRANSLATE_NOOP("Error", "evidence");

void writeProof(cbor::Writer& w, const merkle::Proof& proof)
{
    w.raw(merkle::encodeProof(proof));
}

void writeEntries(cbor::Writer& w, const std::vector<Entry>& entries)
{
    w.beginArray(entries.size());
    for (const Entry& e : entries) {
        w.beginArray(4);
        w.unsignedInt(e.height);
        w.unsignedInt(e.index);
        w.bytes(e.record);
        writeProof(w, e.proof);
    }
}

// The statement's text keys in the order of their encodings (shorter first): to, from,
// note, time, tool, devices.
void writeStatement(cbor::Writer& w, const Statement& s)
{
    w.beginMap(s.note ? 6 : 5);
    w.text("to");
    w.unsignedInt(s.toMs);
    w.text("from");
    w.unsignedInt(s.fromMs);
    if (s.note) {
        w.text("note");
        w.text(s.note->toUtf8());
    }
    w.text("time");
    w.unsignedInt(s.timeMs);
    w.text("tool");
    w.text(s.tool.toUtf8());
    w.text("devices");
    w.beginArray(s.devices.size());
    for (const QByteArray& d : s.devices)
        w.bytes(d);
}

// Errors inside key `key`, entry `i` of the document.
Error at(Error e, std::int64_t key, std::size_t i)
{
    return std::move(e)
        .within(QT_TRANSLATE_NOOP("Error", "entry %1"), {QString::number(i)})
        .within(QT_TRANSLATE_NOOP("Error", "key %1"), {QString::number(key)})
        .within(kWhat);
}

Error shape(std::int64_t key, std::size_t i, const char* text)
{
    return at(Error(ErrorKind::Malformed, "evidence.structure", text), key, i);
}

Result<merkle::Proof> proofOf(const cbor::Value& v)
{
    if (!v.isArray())
        return Error(ErrorKind::Malformed, "evidence.structure",
                     QT_TRANSLATE_NOOP("Error", "a proof must be an array of hashes"));
    if (v.size() > merkle::kMaxProofLength)
        return Error(
            ErrorKind::Malformed, "evidence.structure",
            QT_TRANSLATE_NOOP("Error", "a proof of %1 hashes is longer than any tree needs"),
            {QString::number(v.size())});
    // Read from the decoded items, not encoded again for the proof codec: a package holds
    // a proof for every record and every block.
    merkle::Proof proof;
    proof.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto d = v.at(i).isBytes() ? digestFromBytes(v.at(i).byteString()) : std::nullopt;
        if (!d)
            return Error(ErrorKind::Malformed, "evidence.structure",
                         QT_TRANSLATE_NOOP("Error", "proof element %1 is not a 32-byte hash"),
                         {QString::number(i)});
        proof.push_back(*d);
    }
    return proof;
}

Result<const cbor::Value*> arrayOf(const cbor::Value& v, std::size_t n, std::int64_t key,
                                   std::size_t i)
{
    if (!v.isArray() || v.size() != n)
        return shape(key, i,
                     n == 4 ? QT_TRANSLATE_NOOP("Error", "must be an array of 4 items")
                            : QT_TRANSLATE_NOOP("Error", "must be an array of 2 items"));
    return &v;
}

Result<std::vector<Entry>> entriesOf(const cbor::Value& list, std::int64_t key)
{
    std::vector<Entry> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto item = arrayOf(list.at(i), 4, key, i);
        if (!item)
            return std::move(item).error();
        const cbor::Value& e = **item;
        if (!e.at(0).isUnsigned() || !e.at(1).isUnsigned() || !e.at(2).isBytes())
            return shape(
                key, i, QT_TRANSLATE_NOOP("Error", "must be [height, index, record bytes, proof]"));
        auto proof = proofOf(e.at(3));
        if (!proof)
            return at(std::move(proof).error(), key, i);
        out.push_back({e.at(0).argument(), e.at(1).argument(), e.at(2).byteString(), *proof});
    }
    return out;
}

Result<Statement> statementOf(const cbor::Value& m)
{
    auto fail = [](const char* text) {
        return Error(ErrorKind::Malformed, "evidence.statement", text)
            .within(QT_TRANSLATE_NOOP("Error", "key %1"), {QStringLiteral("8")})
            .within(kWhat);
    };
    if (!m.isMap())
        return fail(QT_TRANSLATE_NOOP("Error", "the exporter's statement must be a map"));
    const cbor::Value *time = m.find(u"time"), *tool = m.find(u"tool"),
                      *devices = m.find(u"devices"), *from = m.find(u"from"), *to = m.find(u"to"),
                      *note = m.find(u"note");
    if (time == nullptr || !time->isUnsigned() || tool == nullptr || !tool->isText() ||
        devices == nullptr || !devices->isArray() || from == nullptr || !from->isUnsigned() ||
        to == nullptr || !to->isUnsigned() || (note != nullptr && !note->isText()))
        return fail(QT_TRANSLATE_NOOP("Error",
                                      "the exporter's statement needs time, tool, devices, from "
                                      "and to, each of its type"));
    Statement s{time->argument(), tool->toText(), {}, from->argument(), to->argument(), {}};
    for (std::size_t i = 0; i < devices->size(); ++i) {
        if (!devices->at(i).isBytes() || devices->at(i).byteString().size() != 16)
            return fail(QT_TRANSLATE_NOOP("Error", "each device must be 16 bytes"));
        s.devices.push_back(devices->at(i).byteString());
    }
    if (note != nullptr)
        s.note = note->toText();
    return s;
}

}  // namespace

QByteArray Document::encode() const
{
    cbor::Writer w;
    w.beginMap(8);
    w.unsignedInt(1);
    w.text(kFormat);
    w.unsignedInt(2);
    w.bytes(genesis);
    w.unsignedInt(3);
    w.beginArray(transitions.size());
    for (const Transition& t : transitions) {
        w.beginArray(4);
        w.bytes(t.headerBefore);
        w.raw(t.commit);
        w.raw(t.set);
        writeProof(w, t.historyProof);
    }
    w.unsignedInt(4);
    w.beginArray(2);
    w.bytes(anchorHeader);
    w.raw(anchorCommit);
    w.unsignedInt(5);
    w.beginArray(blocks.size());
    for (const Block& b : blocks) {
        w.beginArray(2);
        w.bytes(b.header);
        writeProof(w, b.historyProof);
    }
    w.unsignedInt(6);
    writeEntries(w, records);
    w.unsignedInt(7);
    writeEntries(w, registrations);
    w.unsignedInt(8);
    writeStatement(w, statement);
    return std::move(w).data();
}

Result<Document> Document::decode(QByteArrayView bytes)
{
    // A year of a fleet's records: far more items and bytes than one protocol message.
    cbor::DecodeLimits limits;
    limits.maxItems = std::uint64_t{1} << 26;
    limits.maxBytes = qsizetype{2} << 30;
    auto value = cbor::decode(bytes, limits);
    if (!value)
        return std::move(value).error().within(kWhat);
    const cbor::MapReader map(*value, kWhat);
    if (auto st = map.checkKeys({1, 2, 3, 4, 5, 6, 7, 8}); !st)
        return st.error();
    auto format = map.text(1);
    if (!format)
        return std::move(format).error();
    if (*format != QLatin1String(kFormat))
        return map.invalid(1, QT_TRANSLATE_NOOP("Error", "must be \"%1\", not \"%2\""),
                           {QLatin1String(kFormat), *format});
    Document d;
    auto genesis = map.bytes(2);
    if (!genesis)
        return std::move(genesis).error();
    d.genesis = *genesis;

    auto transitions = map.array(3);
    if (!transitions)
        return std::move(transitions).error();
    for (std::size_t i = 0; i < (*transitions)->size(); ++i) {
        auto t = arrayOf((*transitions)->at(i), 4, 3, i);
        if (!t)
            return std::move(t).error();
        if (!(*t)->at(0).isBytes())
            return shape(3, i, QT_TRANSLATE_NOOP("Error", "header c-1 must be a byte string"));
        auto proof = proofOf((*t)->at(3));
        if (!proof)
            return at(std::move(proof).error(), 3, i);
        d.transitions.push_back({(*t)->at(0).byteString(), cbor::encode((*t)->at(1)),
                                 cbor::encode((*t)->at(2)), *proof});
    }

    auto anchor = map.array(4);
    if (!anchor)
        return std::move(anchor).error();
    if ((*anchor)->size() != 2 || !(*anchor)->at(0).isBytes())
        return map.invalid(4, QT_TRANSLATE_NOOP("Error", "must be [header bytes, commit]"));
    d.anchorHeader = (*anchor)->at(0).byteString();
    d.anchorCommit = cbor::encode((*anchor)->at(1));

    auto blocks = map.array(5);
    if (!blocks)
        return std::move(blocks).error();
    for (std::size_t i = 0; i < (*blocks)->size(); ++i) {
        auto b = arrayOf((*blocks)->at(i), 2, 5, i);
        if (!b)
            return std::move(b).error();
        if (!(*b)->at(0).isBytes())
            return shape(5, i, QT_TRANSLATE_NOOP("Error", "the header must be a byte string"));
        auto proof = proofOf((*b)->at(1));
        if (!proof)
            return at(std::move(proof).error(), 5, i);
        d.blocks.push_back({(*b)->at(0).byteString(), *proof});
    }

    for (auto [key, into] : {std::pair{6, &d.records}, std::pair{7, &d.registrations}}) {
        auto list = map.array(key);
        if (!list)
            return std::move(list).error();
        auto entries = entriesOf(**list, key);
        if (!entries)
            return std::move(entries).error();
        *into = std::move(*entries);
    }

    auto statement = map.map(8);
    if (!statement)
        return std::move(statement).error();
    auto s = statementOf(**statement);
    if (!s)
        return std::move(s).error();
    d.statement = std::move(*s);
    return d;
}

}  // namespace pp::evidence
