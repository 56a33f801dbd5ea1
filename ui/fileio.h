#pragma once

#include "engine.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

QT_BEGIN_NAMESPACE
class QSaveFile;
QT_END_NAMESPACE

namespace EdgeShift {

// A manifest read and analysed, or why it could not be.
struct LoadedFile {
    std::shared_ptr<const Analysis> analysis;
    QString error;
};

// Reading manifests and writing results, shared by the command line and the window. Messages
// name the file and say what to do; they are in the current language.
class FileIo {
    Q_DECLARE_TR_FUNCTIONS(FileIo)

public:
    // Reads and analyses a manifest file (safe to call off the UI thread).
    static std::shared_ptr<Analysis> load(
        const QString &path, QString &error, AnalysisUse use = AnalysisUse::Interactive);
    static LoadedFile load(const QString &path);
    // Writes `bytes` to `path` atomically: a failure leaves the previous file as it was.
    static bool save(const QString &path, std::string_view text, QString &error);
    // Writes the converted manifest read from `input` (outputText()): the input byte for byte when
    // nothing changed, else the input with the changes made in it (read again when the analysis
    // did not keep the text). Fails, with `error` set, when an unchanged input can no longer be
    // read; a changed one is then written whole.
    static bool writeResult(
        const QString &input, const Analysis &analysis, const Result &result, std::ostream &out, QString &error);
    // The same, saved atomically to `output`.
    static bool saveResult(
        const QString &input, const QString &output, const Analysis &analysis, const Result &result, QString &error);
    // What names a file whatever the path it is reached by: the path with links resolved for a
    // file that exists, else the absolute path.
    static QString identity(const QString &path);
    static bool sameFile(const QString &a, const QString &b) { return identity(a) == identity(b); }
    // "dir/deployment.json" → "dir/deployment.gpu.json"
    static QString gpuPath(const QString &input);
    // Where the report of `input`'s conversion is suggested: "<name>.gpu.report.html" beside it.
    static QString reportPath(const QString &input);
    static QString gpuFileName(const QString &input);
};

// Files saved together: each is written to a temporary file beside it, and none replaces its
// target before all are written, so that a failure to write (a folder that cannot be written, a
// full disk) leaves every target as it was. (Only a failure to rename one into place, once others
// were, could leave some replaced.)
class SaveSet {
public:
    SaveSet();
    ~SaveSet(); // discards what was not committed
    SaveSet(const SaveSet &) = delete;
    SaveSet &operator=(const SaveSet &) = delete;

    // Writes what `write` puts into the stream to a temporary file for `path` (a new file gets
    // `permissions`, when given).
    bool add(const QString &path, const std::function<void(std::ostream &)> &write, QString &error,
        std::optional<QFileDevice::Permissions> permissions = std::nullopt);
    bool add(const QString &path, std::string_view text, QString &error);
    // Writes the converted manifest read from `input` (as FileIo::writeResult) for `output`.
    bool addResult(
        const QString &input, const QString &output, const Analysis &analysis, const Result &result, QString &error);
    // Puts every file in place.
    bool commit(QString &error);

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
};

} // namespace EdgeShift
