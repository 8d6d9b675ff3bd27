#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pp {

// A sentence for humans that stays translatable until it is shown. It is a list of parts,
// outermost first ("device 0a…", "sample 12", "the odometer went back …"); each part is a
// source string marked with QT_TRANSLATE_NOOP(context, ...) and its %1..%9 arguments.
// english() is for logs, files and --json; localized() for the GUI. Because it serializes
// (toJson/fromJson), a finding stored by a sync in one language is shown in the language of
// whoever reads the workspace later.
class Text
{
public:
    Text() = default;
    // `source` must outlive the text: pass a string literal.
    Text(const char* context, const char* source, QStringList args = {});
    // English that was rendered before it could be kept translatable (rows written by older
    // versions, URLs): shown as it is in every language.
    static Text verbatim(const QString& text);

    // Adds an outer context in front ("sample 12: …").
    Text& within(const char* context, const char* source, QStringList args = {});
    // Adds what this text contains after it ("… without a valid commit: <why>").
    Text& append(const Text& inner);

    bool isEmpty() const { return parts_.empty(); }
    // The innermost part alone ("generation at night …" without "sample 12: "): what was
    // found, apart from where.
    Text innermost() const;
    // Its source string, untranslated and without arguments: the kind of thing found.
    QByteArray innermostSource() const
    {
        return parts_.empty() ? QByteArray() : parts_.back().source;
    }
    QString english() const;
    QString localized() const;

    // A JSON array of [context, source, args...] arrays. fromJson() refuses anything else.
    QByteArray toJson() const;
    static std::optional<Text> fromJson(const QByteArray& json);

private:
    struct Part
    {
        QByteArray context;  // empty for verbatim parts
        QByteArray source;
        QStringList args;
    };
    QString render(bool localized) const;

    std::vector<Part> parts_;
};

// Substitutes %1..%9 in one pass, so an argument that itself contains "%1" stays literal.
QString substituteArgs(const QString& text, const QStringList& args);

}  // namespace pp
