#include "cbor/reader.h"

#include <QCoreApplication>

namespace pp::cbor {

Error Reader::fail(const char* code, const char* text, qsizetype offset, QStringList extra)
{
    extra.prepend(QString::number(offset));
    return Error(ErrorKind::Malformed, code, text, std::move(extra));
}

Error Reader::headError() const
{
    const qsizetype start = pos_;
    if (remaining() < 1)
        return fail("cbor.truncated",
                    QT_TRANSLATE_NOOP("Error", "CBOR input ends early at byte %1"), start);
    const std::uint8_t initial = *at(start);
    const auto major = static_cast<Major>(initial >> 5);
    const std::uint8_t info = initial & 0x1f;
    if (info == 31) {
        if (major == Major::Simple) {
            return fail("cbor.unexpected-break",
                        QT_TRANSLATE_NOOP("Error", "unexpected CBOR break code at byte %1"), start);
        }
        return fail("cbor.indefinite-length",
                    QT_TRANSLATE_NOOP("Error", "indefinite-length CBOR item at byte %1"), start);
    }
    if (info > 27) {
        return fail(
            "cbor.reserved-info",
            QT_TRANSLATE_NOOP("Error", "reserved CBOR additional information %2 at byte %1"), start,
            {QString::number(info)});
    }
    if (major == Major::Simple) {
        if (info == 24) {
            return fail("cbor.simple-value",
                        QT_TRANSLATE_NOOP("Error", "CBOR simple value not allowed at byte %1"),
                        start);
        }
        return fail("cbor.float",
                    QT_TRANSLATE_NOOP("Error", "CBOR floating-point value not allowed at byte %1"),
                    start);
    }
    if (remaining() <= (1 << (info - 24)))
        return fail("cbor.truncated",
                    QT_TRANSLATE_NOOP("Error", "CBOR input ends early at byte %1"), start);
    return fail(
        "cbor.non-shortest",
        QT_TRANSLATE_NOOP("Error", "CBOR integer or length not in shortest form at byte %1"),
        start);
}

Status Reader::expectEnd() const
{
    if (remaining() == 0)
        return okStatus();
    return fail("cbor.trailing-bytes",
                QT_TRANSLATE_NOOP("Error", "trailing bytes after the CBOR item at byte %1"), pos_);
}

Status Reader::readString(const Head& head, qsizetype headStart, QByteArrayView& contents)
{
    if (head.argument > static_cast<std::uint64_t>(remaining())) {
        return fail("cbor.truncated",
                    QT_TRANSLATE_NOOP("Error", "CBOR string at byte %1 is longer than the input"),
                    headStart);
    }
    contents = data_.sliced(pos_, static_cast<qsizetype>(head.argument));
    pos_ += contents.size();
    return okStatus();
}

}  // namespace pp::cbor
