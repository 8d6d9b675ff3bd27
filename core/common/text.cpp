#include "common/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace pp {

namespace {

QByteArray literal(const char* s)
{
    return QByteArray::fromRawData(s, static_cast<qsizetype>(std::strlen(s)));
}

}  // namespace

Text::Text(const char* context, const char* source, QStringList args)
{
    parts_.push_back({literal(context), literal(source), std::move(args)});
}

Text Text::verbatim(const QString& text)
{
    Text t;
    t.parts_.push_back({{}, text.toUtf8(), {}});
    return t;
}

Text& Text::within(const char* context, const char* source, QStringList args)
{
    parts_.insert(parts_.begin(), {literal(context), literal(source), std::move(args)});
    return *this;
}

Text& Text::append(const Text& inner)
{
    parts_.insert(parts_.end(), inner.parts_.begin(), inner.parts_.end());
    return *this;
}

Text Text::innermost() const
{
    Text t;
    if (!parts_.empty())
        t.parts_.push_back(parts_.back());
    return t;
}

QString Text::english() const
{
    return render(false);
}

QString Text::localized() const
{
    return render(true);
}

// Between a context and what it contains: "genesis: key 1: ..."; Chinese uses "：".
static constexpr const char* kJoin = QT_TRANSLATE_NOOP("Text", ": ");

QString Text::render(bool localized) const
{
    QString out;
    for (const Part& part : parts_) {
        const QString text =
            localized && !part.context.isEmpty()
                ? QCoreApplication::translate(part.context.constData(), part.source.constData())
                : QString::fromUtf8(part.source);
        if (!out.isEmpty())
            out +=
                localized ? QCoreApplication::translate("Text", kJoin) : QString::fromUtf8(kJoin);
        out += substituteArgs(text, part.args);
    }
    return out;
}

QByteArray Text::toJson() const
{
    QJsonArray parts;
    for (const Part& part : parts_) {
        QJsonArray p{QString::fromUtf8(part.context), QString::fromUtf8(part.source)};
        for (const QString& arg : part.args)
            p.append(arg);
        parts.append(p);
    }
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

std::optional<Text> Text::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    Text t;
    for (const QJsonValueConstRef value : doc.array()) {
        const QJsonArray p = value.toArray();
        if (p.size() < 2)
            return std::nullopt;
        Part part;
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (!p.at(i).isString())
                return std::nullopt;
            const QString s = p.at(i).toString();
            if (i == 0)
                part.context = s.toUtf8();
            else if (i == 1)
                part.source = s.toUtf8();
            else
                part.args.append(s);
        }
        t.parts_.push_back(std::move(part));
    }
    return t;
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
