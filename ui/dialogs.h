#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <deque>

class QWidget;

namespace EdgeShift {

// Every question and message box the window shows, behind one small seam: tests queue the
// answers (and file names) the next dialogs give, instead of clicking through real dialogs.
class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    enum class SaveChoice { Save, Discard, Cancel };

    static SaveChoice askSaveChanges(QWidget *parent, const QString &fileName);
    // Whether to replace existing files: Yes (replace), No (skip them), Cancel.
    static QMessageBox::StandardButton askReplace(QWidget *parent, const QStringList &files);
    // Whether to replace the one file a save would write over.
    static bool askReplaceFile(QWidget *parent, const QString &fileName);
    static bool askReplaceInput(QWidget *parent, const QString &fileName);
    // Whether to throw away the invalid JSON on the GPU side of `module` (false: keep editing it).
    static bool askDiscardInvalidEdit(QWidget *parent, const QString &module);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);

    static QString openFileName(QWidget *parent, const QString &directory);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
        QFileDialog::Options options = {});

    // Test seam: the next dialogs answer these instead of asking.
    static void setNextAnswers(std::deque<QMessageBox::StandardButton> answers);
    static std::size_t pendingAnswers(); // queued answers no dialog took yet
    static void setNextFileNames(std::deque<QString> names);
    // The texts of the error messages shown while answers were queued (for tests).
    static QStringList shownErrors();
    static void clearShownErrors();
    // The texts of the About boxes shown while answers were queued (for tests).
    static QStringList shownAbout();
    // The file name the last save dialog suggested (for tests).
    static QString suggestedFileName();
};

} // namespace EdgeShift
