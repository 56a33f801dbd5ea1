#include "fileio.h"

#include "messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace EdgeShift {

std::shared_ptr<const Analysis> FileIo::load(const QString &path, QString &error)
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
    const QByteArray bytes = file.readAll();
    LoadError loadError;
    std::optional<Analysis> analysis = EdgeShift::load(std::string_view(bytes.constData(), std::size_t(bytes.size())), loadError);
    if (!analysis) {
        error = Messages::loadError(loadError, path);
        return nullptr;
    }
    return std::make_shared<const Analysis>(std::move(*analysis));
}

LoadedFile FileIo::load(const QString &path)
{
    LoadedFile file;
    file.analysis = load(path, file.error);
    return file;
}

bool FileIo::save(const QString &path, const QByteArray &bytes, QString &error)
{
    return save(path, std::string_view(bytes.constData(), std::size_t(bytes.size())), error);
}

bool FileIo::save(const QString &path, std::string_view text, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        error = tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString FileIo::gpuFileName(const QString &input)
{
    QString base = QFileInfo(input).fileName();
    if (base.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        base.chop(5);
    return base + QStringLiteral(".gpu.json");
}

QString FileIo::gpuPath(const QString &input)
{
    return QFileInfo(input).dir().filePath(gpuFileName(input));
}

} // namespace EdgeShift
