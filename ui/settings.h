#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace EdgeShift {

// Every setting the window keeps, in one place, typed.
class Settings {
public:
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();

    static QByteArray geometry();
    static void setGeometry(const QByteArray &value);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &value);
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &value);

    static QString language(); // "" means the system's
    static void setLanguage(const QString &language);

    static bool attentionOnly();
    static void setAttentionOnly(bool on);

    static constexpr int kMaxRecentFiles = 8;
};

} // namespace EdgeShift
