#include "evidence/zip_archive.h"

#include <QFile>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <set>

namespace pp::evidence {

namespace {

constexpr qint64 kMaxReserve = qint64{256} << 20;

struct ReadCloser
{
    void operator()(archive* a) const { archive_read_free(a); }
};
struct WriteCloser
{
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

Error zipError(const char* code, const char* text, QStringList args)
{
    return Error(ErrorKind::Malformed, code, text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "ZIP package"));
}

// libarchive writes through these into a QSaveFile: one code path for the bytes, and an
// atomic rename at the end.
la_ssize_t writeCallback(archive*, void* file, const void* buffer, size_t length)
{
    return static_cast<la_ssize_t>(static_cast<QSaveFile*>(file)->write(
        static_cast<const char*>(buffer), static_cast<qint64>(length)));
}

int closeCallback(archive*, void*)
{
    return ARCHIVE_OK;
}

// A path inside the package is relative, uses '/', and steps neither up nor through a
// drive; checked on the raw name before anything is made of it.
bool safePath(const QString& p)
{
    if (p.isEmpty() || p.startsWith(u'/') || p.contains(u'\\') || p.contains(u':') ||
        p.contains(QChar(0)))
        return false;
    for (const QString& part : p.split(u'/'))
        if (part == u".." || part == u".")
            return false;
    return true;
}

}  // namespace

Status writeZip(const QString& path, const QString& root, const FileTree& files)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io, "evidence.write",
                     QT_TRANSLATE_NOOP("Error", "cannot write %1: %2"), {path, out.errorString()});
    std::unique_ptr<archive, WriteCloser> a(archive_write_new());
    archive_write_set_format_zip(a.get());
    // Deflate, and UTF-8 names: 验证说明.md must read the same everywhere.
    archive_write_set_options(a.get(), "zip:compression=deflate,zip:hdrcharset=UTF-8");
    if (archive_write_open2(a.get(), &out, nullptr, writeCallback, closeCallback, nullptr) !=
        ARCHIVE_OK)
        return Error(ErrorKind::Io, "evidence.write",
                     QT_TRANSLATE_NOOP("Error", "cannot write %1: %2"),
                     {path, QString::fromUtf8(archive_error_string(a.get()))});
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    for (const auto& [name, bytes] : files) {
        archive_entry_clear(entry.get());
        const QByteArray full = (root + u'/' + name).toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), full.constData());
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), bytes.constData(), static_cast<size_t>(bytes.size())) !=
                bytes.size())
            return Error(ErrorKind::Io, "evidence.write",
                         QT_TRANSLATE_NOOP("Error", "cannot write %1: %2"),
                         {path, QString::fromUtf8(archive_error_string(a.get()))});
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK || !out.commit())
        return Error(ErrorKind::Io, "evidence.write",
                     QT_TRANSLATE_NOOP("Error", "cannot write %1: %2"), {path, out.errorString()});
    return okStatus();
}

Result<QString> readZip(const QString& path, FileSink& sink, qint64 maxBytes,
                        std::atomic<qint64>* unpacked)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, "evidence.read",
                     QT_TRANSLATE_NOOP("Error", "cannot read %1: %2"), {path, file.errorString()});
    const qint64 maxExpanded =
        std::min(maxBytes, std::max(kExpansionFloor, file.size() * kMaxExpansion));
    std::unique_ptr<archive, ReadCloser> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    const QByteArray local = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), local.constData(), 1 << 16) != ARCHIVE_OK)
        return zipError("evidence.zip", QT_TRANSLATE_NOOP("Error", "unreadable: %1"),
                        {QString::fromUtf8(archive_error_string(a.get()))});
    QString root;
    std::set<QString> seen;
    std::atomic<qint64> own{0};
    std::atomic<qint64>& total = unpacked != nullptr ? *unpacked : own;
    archive_entry* entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return zipError("evidence.zip", QT_TRANSLATE_NOOP("Error", "unreadable: %1"),
                            {QString::fromUtf8(archive_error_string(a.get()))});
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString name = utf8 != nullptr
                                 ? QString::fromUtf8(utf8)
                                 : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (!safePath(name))
            return zipError("evidence.zip-path",
                            QT_TRANSLATE_NOOP("Error", "entry \"%1\" is not a safe relative path"),
                            {name});
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG || archive_entry_symlink(entry) != nullptr ||
            archive_entry_hardlink(entry) != nullptr)
            return zipError("evidence.zip-link",
                            QT_TRANSLATE_NOOP("Error", "entry \"%1\" is a link or a special file"),
                            {name});
        const qsizetype slash = name.indexOf(u'/');
        const QString top = slash < 0 ? QString() : name.left(slash);
        if (top.isEmpty() || slash == name.size() - 1)
            return zipError(
                "evidence.zip-root",
                QT_TRANSLATE_NOOP("Error", "entry \"%1\" is not inside the bag's folder"), {name});
        if (root.isEmpty())
            root = top;
        if (top != root)
            return zipError("evidence.zip-root",
                            QT_TRANSLATE_NOOP("Error",
                                              "a package holds one top-level folder, not \"%1\" "
                                              "and \"%2\""),
                            {root, top});
        if (!seen.insert(name).second)
            return zipError("evidence.zip-twice",
                            QT_TRANSLATE_NOOP("Error", "entry \"%1\" appears twice"), {name});
        const bool declared = archive_entry_size_is_set(entry) != 0;
        if (declared && archive_entry_size(entry) > maxBytes)
            return zipError(
                "evidence.zip-size",
                QT_TRANSLATE_NOOP("Error",
                                  "entry \"%1\" declares %2 bytes, more than the %3 a "
                                  "package may hold"),
                {name, QString::number(archive_entry_size(entry)), QString::number(maxBytes)});
        auto unreadable = [&] {
            return zipError("evidence.zip", QT_TRANSLATE_NOOP("Error", "entry \"%1\": %2"),
                            {name, QString::fromUtf8(archive_error_string(a.get()))});
        };
        // A lie in the declared size only costs address space, never more than the cap.
        const qint64 room = std::max<qint64>(0, std::min(maxExpanded - total.load(), kMaxReserve));
        const qint64 hint = declared ? std::clamp<qint64>(archive_entry_size(entry), 0, room) : 0;
        if (!sink.begin(name.mid(slash + 1), hint)) {
            if (archive_read_data_skip(a.get()) != ARCHIVE_OK)
                return unreadable();
            continue;
        }
        char buffer[1 << 16];
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n < 0)
                return unreadable();
            if (n == 0)
                break;
            const qint64 sum = total.fetch_add(n) + n;
            if (sum > maxBytes)
                return zipError("evidence.zip-size",
                                QT_TRANSLATE_NOOP("Error", "it unpacks to more than %1 bytes"),
                                {QString::number(maxBytes)});
            if (sum > maxExpanded)
                return zipError(
                    "evidence.zip-bomb",
                    QT_TRANSLATE_NOOP("Error",
                                      "entry \"%1\" unpacks to more than %2 times "
                                      "the package's %3 bytes: a ZIP bomb"),
                    {name, QString::number(kMaxExpansion), QString::number(file.size())});
            sink.append(QByteArrayView(buffer, static_cast<qsizetype>(n)));
        }
        sink.end();
    }
    if (root.isEmpty())
        return zipError("evidence.zip-empty", QT_TRANSLATE_NOOP("Error", "it holds no files"), {});
    return root;
}

Result<ZipContents> readZip(const QString& path, qint64 maxBytes)
{
    class Collect final : public FileSink
    {
    public:
        bool begin(const QString& path, qint64 sizeHint) override
        {
            current_ = &files.emplace(path, QByteArray()).first->second;
            current_->reserve(static_cast<qsizetype>(sizeHint));
            return true;
        }
        void append(QByteArrayView bytes) override { current_->append(bytes); }
        void end() override {}

        FileTree files;

    private:
        QByteArray* current_ = nullptr;
    } collect;
    auto root = readZip(path, collect, maxBytes);
    if (!root)
        return std::move(root).error();
    return ZipContents{*root, std::move(collect.files)};
}

}  // namespace pp::evidence
