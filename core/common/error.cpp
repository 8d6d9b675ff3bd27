#include "common/error.h"

namespace pp {

Error::Error(ErrorKind kind, const char* code, const char* text, QStringList args)
    : kind_(kind), code_(code), text_("Error", text, std::move(args))
{
}

Error& Error::within(const char* text, QStringList args) &
{
    text_.within("Error", text, std::move(args));
    return *this;
}

Error Error::within(const char* text, QStringList args) &&
{
    within(text, std::move(args));
    return std::move(*this);
}

Error cancelledError()
{
    return Error(ErrorKind::Io, "cancelled", QT_TRANSLATE_NOOP("Error", "cancelled"));
}

}  // namespace pp
