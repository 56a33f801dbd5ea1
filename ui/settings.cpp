#include "settings.h"

#include <QFileInfo>
#include <QSettings>

namespace EdgeShift {

namespace {
const QString kRecent = QStringLiteral("recentFiles");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter/");
const QString kLanguage = QStringLiteral("language");
const QString kAttention = QStringLiteral("tree/attentionOnly");
} // namespace

QStringList Settings::recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecent, files);
}

void Settings::clearRecentFiles()
{
    QSettings().remove(kRecent);
}

QByteArray Settings::geometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

QByteArray Settings::splitterState(const QString &name)
{
    return QSettings().value(kSplitter + name).toByteArray();
}

void Settings::setWindowLayout(
    const QByteArray &geometry, const QByteArray &state, const QList<QPair<QString, QByteArray>> &splitters)
{
    // QSettings writes the file again for a value set to what it was: most closes change nothing.
    QSettings settings;
    auto set = [&settings](const QString &key, const QByteArray &value) {
        if (settings.value(key).toByteArray() != value)
            settings.setValue(key, value);
    };
    set(kGeometry, geometry);
    set(kState, state);
    for (const auto &[name, value] : splitters)
        set(kSplitter + name, value);
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

bool Settings::attentionOnly()
{
    return QSettings().value(kAttention, false).toBool();
}

void Settings::setAttentionOnly(bool on)
{
    QSettings().setValue(kAttention, on);
}

} // namespace EdgeShift
