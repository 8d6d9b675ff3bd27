#pragma once

#include "common/text.h"

namespace pp {

// What kind of failure an Error is; callers branch on this (for example the CLI maps it to
// its exit code), never on message text.
enum class ErrorKind {
    Malformed,    // input that does not parse: bad hex, bad CBOR, wrong lengths
    Invalid,      // well-formed input that fails a check: a bad signature or proof
    Unsupported,  // a valid value we do not implement (an unknown algorithm)
    Io,           // files, sockets, the database
    Internal,     // a library call that should not fail did
};

// An error carried as a value. Its text is a Text of translatable source strings (marked
// with QT_TRANSLATE_NOOP("Error", ...)) with %1..%n placeholders, so one error gives English
// for logs (message()) and the user's language for the GUI (localizedMessage()). Outer
// layers add context ("record 3: ") with within(), keeping each part translatable.
class Error
{
public:
    // `code` is a stable machine-readable identifier ("cbor.unsorted-keys") for tests and
    // --json output. `text` must outlive the error: pass a string literal.
    Error(ErrorKind kind, const char* code, const char* text, QStringList args = {});

    ErrorKind kind() const { return kind_; }
    const char* code() const { return code_; }

    // Prefixes a translatable context, for example
    // err.within(QT_TRANSLATE_NOOP("Error", "protected header")).
    Error& within(const char* text, QStringList args = {}) &;
    [[nodiscard]] Error within(const char* text, QStringList args = {}) &&;

    QString message() const { return text_.english(); }
    QString localizedMessage() const { return text_.localized(); }
    // To keep: a stored finding shows the error in the language of whoever reads it.
    const Text& text() const { return text_; }

private:
    ErrorKind kind_;
    const char* code_;
    Text text_;  // outermost context first, the error itself last
};

// What every long job returns when its cancel flag was set: a sync, a rebuild, a load. Not a
// failure of the input; callers show it as "cancelled", not as an error.
Error cancelledError();

}  // namespace pp
