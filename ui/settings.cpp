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

void Settings::setGeometry(const QByteArray &value)
{
    QSettings().setValue(kGeometry, value);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    QSettings().setValue(kState, value);
}

QByteArray Settings::splitterState(const QString &name)
{
    return QSettings().value(kSplitter + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &value)
{
    QSettings().setValue(kSplitter + name, value);
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
