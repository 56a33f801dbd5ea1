#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace EdgeShift {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// What Qt's file dialog calls folders, drives and links in its "Type" column: Qt 6.4's Japanese
// and Chinese catalogues lack these strings, so EdgeShift's own translations carry them (Qt's
// translator, asked first, leaves them to ours).
[[maybe_unused]] constexpr struct {
    const char *source;
    const char *comment;
} kQtFileTypes[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

} // namespace

QStringList Translator::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

QString Translator::resolve(const QString &requested)
{
    QString wanted = requested;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (wanted.isEmpty() || wanted == QLatin1String("system")) {
        for (QString ui : QLocale::system().uiLanguages()) {
            ui.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (ui.startsWith(QLatin1String("ja")))
                return QStringLiteral("ja");
            if (ui.startsWith(QLatin1String("zh")))
                return QStringLiteral("zh_CN");
            if (ui.startsWith(QLatin1String("en")))
                return QStringLiteral("en");
        }
        return QStringLiteral("en");
    }
    // A language, or a locale of it ("ja", "ja_JP", "ja_JP.UTF-8"); not any word it begins ("japanese").
    auto is = [&wanted](QLatin1String language) {
        return wanted == language
            || (wanted.startsWith(language)
                && (wanted[language.size()] == QLatin1Char('_') || wanted[language.size()] == QLatin1Char('.')));
    };
    if (is(QLatin1String("ja")))
        return QStringLiteral("ja");
    if (wanted == QLatin1String("zh") || is(QLatin1String("zh_CN")) || is(QLatin1String("zh_Hans"))
        || is(QLatin1String("zh_SG")))
        return QStringLiteral("zh_CN");
    if (is(QLatin1String("en")) || wanted == QLatin1String("C") || wanted == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return {};
}

bool Translator::setLanguage(const QString &language)
{
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();
    state.language = QStringLiteral("en");
    if (!languages().contains(language))
        return false;

    // English has its translators too: its file holds only the plural forms of the %n messages
    // ("%n change(s) made" becomes "1 change made", "2 changes made"), and so does Qt's.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/edgeshift_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    state.language = language;
    // Numbers and dates (Qt's file dialogs among them) in the language's own way, too.
    QLocale::setDefault(QLocale(language));
    return true;
}

QString Translator::language()
{
    return installed().language;
}

QString Translator::nativeName(const QString &language)
{
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace EdgeShift
