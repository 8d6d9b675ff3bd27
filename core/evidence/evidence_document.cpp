#include "evidence/evidence_document.h"

#include "cbor/decoder.h"
#include "cbor/map_reader.h"
#include "cbor/reader.h"
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

// Reads an array that the decoder has checked whole (cbor::decodeLeavingArrays) straight
// into typed values: a package holds a proof for every record and every block, too many
// items to build as a tree and copy again. Its heads and strings are well formed, so only
// the layout can be wrong.
class Bulk
{
public:
    explicit Bulk(QByteArrayView raw) : r_(raw) {}

    // The argument of the next head if it is of type `major`.
    std::optional<std::uint64_t> next(cbor::Major major)
    {
        cbor::Head head{};
        if (!r_.readHead(head) || head.major != major)
            return std::nullopt;
        return head.argument;
    }

    std::optional<QByteArrayView> bytes()
    {
        const qsizetype start = r_.position();
        cbor::Head head{};
        QByteArrayView contents;
        if (!r_.readHead(head) || head.major != cbor::Major::Bytes ||
            !r_.readString(head, start, contents))
            return std::nullopt;
        return contents;
    }

    Result<merkle::Proof> proof()
    {
        const auto n = next(cbor::Major::Array);
        if (!n)
            return Error(ErrorKind::Malformed, "evidence.structure",
                         QT_TRANSLATE_NOOP("Error", "a proof must be an array of hashes"));
        if (*n > merkle::kMaxProofLength)
            return Error(
                ErrorKind::Malformed, "evidence.structure",
                QT_TRANSLATE_NOOP("Error", "a proof of %1 hashes is longer than any tree needs"),
                {QString::number(*n)});
        merkle::Proof proof(static_cast<std::size_t>(*n));
        for (std::size_t i = 0; i < proof.size(); ++i) {
            const auto element = bytes();
            const auto d = element ? digestFromBytes(*element) : std::nullopt;
            if (!d)
                return Error(ErrorKind::Malformed, "evidence.structure",
                             QT_TRANSLATE_NOOP("Error", "proof element %1 is not a 32-byte hash"),
                             {QString::number(i)});
            proof[i] = *d;
        }
        return proof;
    }

private:
    cbor::Reader r_;
};

// A proof that was built as a CBOR item (a transition's: there are few).
Result<merkle::Proof> proofOf(const cbor::Value& v)
{
    const QByteArray encoded = cbor::encode(v);
    return Bulk(encoded).proof();
}

Error wrongLength(std::int64_t key, std::size_t i, std::size_t n)
{
    return shape(key, i,
                 n == 4 ? QT_TRANSLATE_NOOP("Error", "must be an array of 4 items")
                        : QT_TRANSLATE_NOOP("Error", "must be an array of 2 items"));
}

// Bytes inside Document::source, which the document keeps (see there).
QByteArray shared(QByteArrayView inSource)
{
    return QByteArray::fromRawData(inSource.data(), inSource.size());
}

// Key 6 or 7: [height, index, record bytes, proof] each.
Result<std::vector<Entry>> entriesOf(QByteArrayView raw, std::int64_t key)
{
    Bulk in(raw);
    const std::uint64_t n = *in.next(cbor::Major::Array);
    std::vector<Entry> out(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (in.next(cbor::Major::Array) != 4u)
            return wrongLength(key, i, 4);
        const auto height = in.next(cbor::Major::Unsigned);
        const auto index = height ? in.next(cbor::Major::Unsigned) : std::nullopt;
        const auto record = index ? in.bytes() : std::nullopt;
        if (!record)
            return shape(
                key, i, QT_TRANSLATE_NOOP("Error", "must be [height, index, record bytes, proof]"));
        auto proof = in.proof();
        if (!proof)
            return at(std::move(proof).error(), key, i);
        out[i] = {*height, *index, shared(*record), std::move(*proof)};
    }
    return out;
}

// Key 5: [header bytes, history proof] each.
Result<std::vector<Block>> blocksOf(QByteArrayView raw)
{
    Bulk in(raw);
    const std::uint64_t n = *in.next(cbor::Major::Array);
    std::vector<Block> out(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (in.next(cbor::Major::Array) != 2u)
            return wrongLength(5, i, 2);
        const auto header = in.bytes();
        if (!header)
            return shape(5, i, QT_TRANSLATE_NOOP("Error", "the header must be a byte string"));
        auto proof = in.proof();
        if (!proof)
            return at(std::move(proof).error(), 5, i);
        out[i] = {shared(*header), std::move(*proof)};
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

Result<Document> Document::decode(const QByteArray& bytes)
{
    // A year of a fleet's records: far more items and bytes than one protocol message.
    cbor::DecodeLimits limits;
    limits.maxItems = std::uint64_t{1} << 26;
    limits.maxBytes = qsizetype{2} << 30;
    cbor::RawArrays bulk;
    auto value = cbor::decodeLeavingArrays(bytes, {5, 6, 7}, bulk, limits);
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
    d.source = bytes;
    auto genesis = map.bytes(2);
    if (!genesis)
        return std::move(genesis).error();
    d.genesis = *genesis;

    auto transitions = map.array(3);
    if (!transitions)
        return std::move(transitions).error();
    for (std::size_t i = 0; i < (*transitions)->size(); ++i) {
        const cbor::Value& t = (*transitions)->at(i);
        if (!t.isArray() || t.size() != 4)
            return wrongLength(3, i, 4);
        if (!t.at(0).isBytes())
            return shape(3, i, QT_TRANSLATE_NOOP("Error", "header c-1 must be a byte string"));
        auto proof = proofOf(t.at(3));
        if (!proof)
            return at(std::move(proof).error(), 3, i);
        d.transitions.push_back(
            {t.at(0).byteString(), cbor::encode(t.at(1)), cbor::encode(t.at(2)), *proof});
    }

    auto anchor = map.array(4);
    if (!anchor)
        return std::move(anchor).error();
    if ((*anchor)->size() != 2 || !(*anchor)->at(0).isBytes())
        return map.invalid(4, QT_TRANSLATE_NOOP("Error", "must be [header bytes, commit]"));
    d.anchorHeader = (*anchor)->at(0).byteString();
    d.anchorCommit = cbor::encode((*anchor)->at(1));

    // map.array() has found each an array, which the decoder left in `bulk`.
    auto blocks = map.array(5);
    if (!blocks)
        return std::move(blocks).error();
    auto blockList = blocksOf(bulk.at(5));
    if (!blockList)
        return std::move(blockList).error();
    d.blocks = std::move(*blockList);

    for (auto [key, into] : {std::pair{6, &d.records}, std::pair{7, &d.registrations}}) {
        if (auto list = map.array(key); !list)
            return std::move(list).error();
        auto entries = entriesOf(bulk.at(key), key);
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
