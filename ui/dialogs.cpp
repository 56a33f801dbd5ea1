#include "dialogs.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>

namespace EdgeShift {

namespace {

struct Seam {
    std::deque<QMessageBox::StandardButton> answers;
    std::deque<QString> names;
    QStringList errors;
    QStringList about;
    QString suggested;
    bool active = false;
};

Seam &seam()
{
    static Seam s;
    return s;
}

// Texts for standard buttons that say what they do here, where "Discard" or "Cancel" would not.
using ButtonTexts = std::initializer_list<std::pair<QMessageBox::StandardButton, QString>>;

// `detailed`: text behind the box's Show Details button, where there is some.
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &informative, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    ButtonTexts buttonTexts = {}, const QString &detailed = {})
{
    if (!seam().answers.empty()) {
        const QMessageBox::StandardButton answer = seam().answers.front();
        seam().answers.pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(informative);
    box.setDetailedText(detailed);
    box.setDefaultButton(defaultButton);
    // (A button that says what it does here loses the standard one's icon: "Keep Editing" is no
    // cancel cross.)
    for (const auto &[button, buttonText] : buttonTexts) {
        box.button(button)->setText(buttonText);
        box.button(button)->setIcon(QIcon());
    }
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

Dialogs::SaveChoice Dialogs::askSaveChanges(QWidget *parent, const QString &fileName)
{
    const auto answer = ask(parent, QMessageBox::Warning, Dialogs::tr("Unsaved Decisions"),
        Dialogs::tr("Save the GPU manifest converted from %1 before closing it?").arg(QFileInfo(fileName).fileName()),
        Dialogs::tr("Your decisions are lost if you do not save them."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save   ? SaveChoice::Save
        : answer == QMessageBox::Discard ? SaveChoice::Discard
                                         : SaveChoice::Cancel;
}

QMessageBox::StandardButton Dialogs::askReplace(QWidget *parent, const QStringList &files)
{
    QStringList names;
    for (const QString &file : files)
        names << QDir::toNativeSeparators(file);
    // A few names fit the box; a folder's worth go behind Show Details, all of them.
    constexpr qsizetype kNamed = 5;
    QString informative = names.mid(0, kNamed).join(QLatin1Char('\n'));
    QString detailed;
    if (names.size() > kNamed) {
        informative += QLatin1Char('\n') + Dialogs::tr("… and %n more.", nullptr, int(names.size() - kNamed));
        detailed = names.join(QLatin1Char('\n'));
    }
    return ask(parent, QMessageBox::Question, Dialogs::tr("Files Exist"),
        Dialogs::tr("%n converted file(s) exist already. Replace them?", nullptr, int(files.size())), informative,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No, {}, detailed);
}

bool Dialogs::askReplaceFile(QWidget *parent, const QString &fileName)
{
    return ask(parent, QMessageBox::Question, Dialogs::tr("Replace File?"),
               Dialogs::tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(fileName)), {},
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool Dialogs::askReplaceInput(QWidget *parent, const QString &fileName)
{
    return ask(parent, QMessageBox::Warning, Dialogs::tr("Replace the FPGA Manifest?"),
               Dialogs::tr("%1 is the manifest you opened. Replace it with the GPU manifest?")
                   .arg(QDir::toNativeSeparators(fileName)),
               Dialogs::tr("The FPGA version is lost unless you have a copy."), QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
        == QMessageBox::Yes;
}

bool Dialogs::askDiscardInvalidEdit(QWidget *parent, const QString &module)
{
    return ask(parent, QMessageBox::Warning, Dialogs::tr("Invalid Hand Edit"),
               Dialogs::tr("The GPU side of module %1 holds invalid JSON, which cannot be kept. Discard your edit, "
                           "or go back and correct it?")
                   .arg(module),
               QString(), QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
               {{QMessageBox::Discard, Dialogs::tr("Discard Edit")},
                   {QMessageBox::Cancel, Dialogs::tr("Keep Editing")}})
        == QMessageBox::Discard;
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    if (seam().active) {
        seam().errors << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    if (seam().active) {
        seam().about << text;
        return;
    }
    QMessageBox::about(parent, title, text);
}

QString Dialogs::openFileName(QWidget *parent, const QString &directory)
{
    if (!seam().names.empty()) {
        const QString name = seam().names.front();
        seam().names.pop_front();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, Dialogs::tr("Open Deployment Manifest"), directory,
        Dialogs::tr("Deployment manifests (*.json);;All files (*)"));
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
    QFileDialog::Options options)
{
    seam().suggested = suggested;
    if (!seam().names.empty()) {
        const QString name = seam().names.front();
        seam().names.pop_front();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, options);
}

void Dialogs::setNextAnswers(std::deque<QMessageBox::StandardButton> answers)
{
    seam().answers = std::move(answers);
    seam().active = true;
}

std::size_t Dialogs::pendingAnswers()
{
    return seam().answers.size();
}

void Dialogs::setNextFileNames(std::deque<QString> names)
{
    seam().names = std::move(names);
    seam().active = true;
}

QStringList Dialogs::shownErrors()
{
    return seam().errors;
}

void Dialogs::clearShownErrors()
{
    seam().errors.clear();
    seam().about.clear();
}

QStringList Dialogs::shownAbout()
{
    return seam().about;
}

QString Dialogs::suggestedFileName()
{
    return seam().suggested;
}

} // namespace EdgeShift
