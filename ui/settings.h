#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
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
    static QByteArray windowState();
    static QByteArray splitterState(const QString &name);
    // The window's geometry, its state and its splitters' states, written together: each
    // setting written on its own is a write of the whole file, synced to disk.
    static void setWindowLayout(
        const QByteArray &geometry, const QByteArray &state, const QList<QPair<QString, QByteArray>> &splitters);

    static QString language(); // "" means the system's
    static void setLanguage(const QString &language);

    static bool attentionOnly();
    static void setAttentionOnly(bool on);

    static constexpr int kMaxRecentFiles = 8;
};

} // namespace EdgeShift
