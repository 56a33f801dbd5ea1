#pragma once

#include <QString>
#include <QStringList>

namespace EdgeShift {

// Loads EdgeShift's translations and Qt's own (for standard dialogs and buttons), and switches
// them at run time. Languages are "en", "ja" and "zh_CN"; English's translations hold only plural
// forms.
class Translator {
public:
    static QStringList languages();
    // The language to use for `requested` ("" or "system": the first of the system's UI languages
    // EdgeShift has, else English). Returns an empty string for a language EdgeShift lacks.
    static QString resolve(const QString &requested);
    // Installs the translators for `language` (as resolve() returns it), replacing earlier ones.
    static bool setLanguage(const QString &language);
    static QString language();
    // The language's own name ("English", "日本語", "简体中文").
    static QString nativeName(const QString &language);
};

} // namespace EdgeShift
