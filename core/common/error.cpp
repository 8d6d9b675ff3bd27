#include "common/error.h"

#include <QCoreApplication>

namespace pp {

Error::Error(ErrorKind kind, const char* code, const char* text, QStringList args)
    : kind_(kind), code_(code)
{
    parts_.push_back({text, std::move(args)});
}

Error& Error::within(const char* text, QStringList args) &
{
    parts_.insert(parts_.begin(), {text, std::move(args)});
    return *this;
}

Error Error::within(const char* text, QStringList args) &&
{
    within(text, std::move(args));
    return std::move(*this);
}

QString Error::message() const
{
    return render(false);
}

QString Error::localizedMessage() const
{
    return render(true);
}

// Between a context and what it contains: "genesis: key 1: ..."; Chinese uses "：".
static constexpr const char* kJoin = QT_TRANSLATE_NOOP("Error", ": ");

QString Error::render(bool localized) const
{
    QString out;
    for (const Part& part : parts_) {
        const QString text = localized ? QCoreApplication::translate("Error", part.text)
                                       : QString::fromUtf8(part.text);
        if (!out.isEmpty())
            out +=
                localized ? QCoreApplication::translate("Error", kJoin) : QString::fromUtf8(kJoin);
        out += substituteArgs(text, part.args);
    }
    return out;
}

QString substituteArgs(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const qsizetype n = text.at(i + 1).unicode() - u'1';
            if (n < args.size()) {
                out += args.at(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace pp
