#include "fileio.h"

#include "messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace EdgeShift {

std::shared_ptr<Analysis> FileIo::load(const QString &path, QString &error, AnalysisUse use)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        error = tr("%1: no such file.").arg(name);
        return nullptr;
    }
    if (info.isDir()) {
        error = tr("%1: is a folder, not a manifest file.").arg(name);
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot be read: %2").arg(name, file.errorString());
        return nullptr;
    }
    // Read straight into the string the manifest keeps: one copy of the text, not two.
    // (with room after it for the JSON reader's padding, so that the text is never copied)
    std::string bytes;
    bytes.reserve(std::size_t(file.size()) + kJsonReadPadding);
    bytes.resize(std::size_t(file.size()));
    bool read = file.read(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
    // A pipe, or a file whose size says nothing (/proc): read on until it ends.
    if (read && (file.isSequential() || bytes.empty())) {
        char block[1 << 16];
        qint64 n = 0;
        while ((n = file.read(block, sizeof block)) > 0)
            bytes.append(block, std::size_t(n));
        read = n == 0;
    }
    if (!read) {
        error = tr("%1: cannot be read: %2").arg(name, file.errorString());
        return nullptr;
    }
    // A pipe cannot be read again to be written back: its text is kept.
    if (file.isSequential())
        use = AnalysisUse::Interactive;
    // Run on a worker thread: nothing may escape into the event loop that waits for it.
    try {
        LoadError loadError;
        std::optional<Analysis> analysis = EdgeShift::load(std::move(bytes), loadError, use);
        if (!analysis) {
            error = Messages::loadError(loadError, path);
            return nullptr;
        }
        return std::make_shared<Analysis>(std::move(*analysis));
    } catch (const std::bad_alloc &) {
        error = tr("%1: too large to open with the memory this computer has free.").arg(name);
    } catch (const std::exception &e) {
        error = tr("%1: cannot be opened: %2").arg(name, QString::fromUtf8(e.what()));
    }
    return nullptr;
}

LoadedFile FileIo::load(const QString &path)
{
    LoadedFile file;
    file.analysis = load(path, file.error);
    return file;
}

bool FileIo::save(const QString &path, std::string_view text, QString &error)
{
    SaveSet set;
    return set.add(path, text, error) && set.commit(error);
}

namespace {

// A std::streambuf that writes to a QIODevice in blocks.
class DeviceBuffer : public std::streambuf {
public:
    explicit DeviceBuffer(QIODevice &device)
        : m_device(device)
    {
        setp(m_buffer, m_buffer + sizeof m_buffer);
    }
    ~DeviceBuffer() override { sync(); }
    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type c) override
    {
        if (sync() != 0)
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    int sync() override
    {
        const qint64 size = pptr() - pbase();
        if (size > 0 && m_device.write(pbase(), size) != size)
            m_failed = true;
        setp(m_buffer, m_buffer + sizeof m_buffer);
        return m_failed ? -1 : 0;
    }

private:
    QIODevice &m_device;
    char m_buffer[1 << 16];
    bool m_failed = false;
};

} // namespace

bool FileIo::writeResult(
    const QString &input, const Analysis &analysis, const Result &result, std::ostream &out, QString &error)
{
    if (analysis.manifest->keepsText()) {
        writeOutput(analysis, result, out);
        return true;
    }
    // The text was let go once read: the file is read again, mapped rather than copied, to be
    // given back as it is or with the changes made in it.
    QFile file(input);
    const uchar *mapped = file.open(QIODevice::ReadOnly) && file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (mapped) {
        const std::string_view text(reinterpret_cast<const char *>(mapped), std::size_t(file.size()));
        std::function<void(std::size_t)> passed;
#ifdef Q_OS_UNIX
        // The pages of the input behind the editor go, so that the file's pages and the document
        // are not all in memory at once (they come back from the file cache if read again).
        std::size_t released = 0;
        const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
        passed = [&](std::size_t upTo) {
            const std::size_t end = upTo / page * page;
            if (end > released && madvise(const_cast<uchar *>(mapped) + released, end - released, MADV_DONTNEED) == 0)
                released = end;
        };
#endif
        writeOutput(analysis, result, out, text, passed);
        return true;
    }
    if (result.changed) { // the result alone, written whole
        writeOutput(analysis, result, out);
        return true;
    }
    error = tr("%1: can no longer be read, to be copied unchanged: %2")
                .arg(QDir::toNativeSeparators(input), file.errorString());
    out.setstate(std::ios::failbit);
    return false;
}

bool FileIo::saveResult(
    const QString &input, const QString &output, const Analysis &analysis, const Result &result, QString &error)
{
    SaveSet set;
    return set.addResult(input, output, analysis, result, error) && set.commit(error);
}

QString FileIo::identity(const QString &path)
{
    QFileInfo info(path);
    // A link to a file yet to be written names that file.
    for (int hops = 0; info.isSymLink() && !info.exists() && hops < 40; ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

namespace {

// The input's file name without its .json: what the names of its GPU manifest and report start with.
QString stem(const QString &input)
{
    QString base = QFileInfo(input).fileName();
    if (base.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        base.chop(5);
    return base;
}

} // namespace

QString FileIo::gpuFileName(const QString &input)
{
    return stem(input) + QStringLiteral(".gpu.json");
}

QString FileIo::gpuPath(const QString &input)
{
    return QFileInfo(input).dir().filePath(gpuFileName(input));
}

QString FileIo::reportPath(const QString &input)
{
    return QFileInfo(input).dir().filePath(stem(input) + QStringLiteral(".gpu.report.html"));
}

SaveSet::SaveSet() = default;
SaveSet::~SaveSet() = default;

namespace {

// Writes to `device`, open, through `write`; false when a write failed.
bool writeTo(QIODevice &device, const std::function<void(std::ostream &)> &write)
{
    DeviceBuffer buffer(device);
    std::ostream stream(&buffer);
    write(stream);
    stream.flush();
    return !buffer.failed() && stream.good();
}

} // namespace

bool SaveSet::add(const QString &path, const std::function<void(std::ostream &)> &write, QString &error,
    std::optional<QFileDevice::Permissions> permissions)
{
    // A device or a pipe (/dev/null, a FIFO) is written into, not replaced by a file: there is no
    // previous content to keep, so nothing to do atomically either.
    if (const QFileInfo target(path); target.exists() && !target.isFile() && !target.isDir()) {
        QFile device(path);
        if (device.open(QIODevice::WriteOnly) && writeTo(device, write) && device.flush())
            return true;
        error = FileIo::tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), device.errorString());
        return false;
    }
    const bool isNew = !QFileInfo::exists(path); // (one that exists keeps its own permissions)
    auto file = std::make_unique<QSaveFile>(path);
    bool written = file->open(QIODevice::WriteOnly);
    if (written && isNew && permissions)
        file->setPermissions(*permissions);
    if (written)
        written = writeTo(*file, write);
    if (!written) {
        const QFileInfo target(path);
        if (!target.absoluteDir().exists()) {
            error = FileIo::tr("%1: the folder %2 does not exist; create it first, or choose another.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath()));
        } else {
            error = FileIo::tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        }
        file->cancelWriting();
        return false;
    }
    m_files.push_back(std::move(file));
    return true;
}

bool SaveSet::add(const QString &path, std::string_view text, QString &error)
{
    return add(
        path, [&](std::ostream &out) { out.write(text.data(), static_cast<std::streamsize>(text.size())); }, error);
}

bool SaveSet::addResult(
    const QString &input, const QString &output, const Analysis &analysis, const Result &result, QString &error)
{
    QString readError;
    // The result holds what the input holds (registry passwords, keys): a new file is no more
    // readable than the input.
    constexpr auto kReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    const bool written = add(
        output, [&](std::ostream &out) { FileIo::writeResult(input, analysis, result, out, readError); }, error,
        QFile::permissions(input) & kReadWrite);
    if (!readError.isEmpty())
        error = readError; // the cause, rather than the output it left unwritten
    return written && readError.isEmpty();
}

bool SaveSet::commit(QString &error)
{
    for (const auto &file : m_files) {
        if (!file->commit()) {
            error = FileIo::tr("%1: cannot be written: %2")
                        .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
            m_files.clear();
            return false;
        }
    }
    m_files.clear();
    return true;
}

} // namespace EdgeShift
