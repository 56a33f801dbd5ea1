#include "diffview.h"

#include "document.h"
#include "handedit.h"
#include "json.h"
#include "manifest.h"
#include "messages.h"
#include "secrets.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace EdgeShift {

namespace {

QColor background(LineChange change, bool left)
{
    switch (change) {
    case LineChange::Same:
        return {};
    case LineChange::Removed:
        return QColor(0xff, 0xd7, 0xd5);
    case LineChange::Added:
        return QColor(0xd4, 0xf4, 0xdb);
    case LineChange::Changed:
        return left ? QColor(0xff, 0xec, 0xc7) : QColor(0xfc, 0xf2, 0xb0);
    }
    return {};
}

// Marks each changed line of `edit`, then the marks `over` (where JSON breaks), drawn over them.
void highlight(QPlainTextEdit *edit, const std::vector<LineChange> &changes, bool left,
    const QList<QTextEdit::ExtraSelection> &over = {})
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (std::size_t i = 0; block.isValid() && i < changes.size(); ++i, block = block.next()) {
        if (changes[i] == LineChange::Same)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(background(changes[i], left));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    selections << over;
    edit->setExtraSelections(selections);
}

// Scrolls `edit` to its first changed line (a little context above it).
void showFirstChange(QPlainTextEdit *edit, const std::vector<LineChange> &changes)
{
    const auto first = std::find_if(changes.begin(), changes.end(), [](LineChange c) { return c != LineChange::Same; });
    if (first == changes.end())
        return;
    const int line = static_cast<int>(first - changes.begin());
    edit->verticalScrollBar()->setValue(std::max(0, line - 1));
}

QPlainTextEdit *makeEdit(bool readOnly)
{
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(readOnly);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab goes on to the next control, as everywhere else in the window (a tab typed into the
    // GPU side would make it a hand edit without meaning to); JSON is indented with spaces.
    edit->setTabChangesFocus(true);
    // A file dropped here opens, as on the rest of the window, rather than pasting its address.
    edit->setAcceptDrops(false);
    edit->viewport()->setAcceptDrops(false);
    return edit;
}

} // namespace

DiffView::DiffView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_leftTitle(new QLabel)
    , m_rightTitle(new QLabel)
    , m_left(makeEdit(true))
    , m_right(makeEdit(false))
    , m_status(new QLabel)
    , m_revert(new QPushButton)
    , m_editTimer(new QTimer(this))
{
    // (Module names are shown as written, never as markup.)
    for (QLabel *label : {m_leftTitle, m_rightTitle, m_status})
        label->setTextFormat(Qt::PlainText);
    m_left->setObjectName(QStringLiteral("fpgaEdit"));
    m_right->setObjectName(QStringLiteral("gpuEdit"));
    m_revert->setObjectName(QStringLiteral("revertHandEdit"));
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_status->setWordWrap(true);
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(500);
    // Undo and Redo are the window's on the GPU side too (what was typed is a step of its own): the
    // text box's own history would make steps behind the window's back.
    m_right->setUndoRedoEnabled(false);
    m_right->installEventFilter(this);

    auto *titles = new QHBoxLayout;
    titles->addWidget(m_leftTitle, 1);
    titles->addWidget(m_rightTitle, 1);
    auto *edits = new QHBoxLayout;
    edits->addWidget(m_left, 1);
    edits->addWidget(m_right, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles);
    layout->addLayout(edits, 3);
    layout->addLayout(footer);

    connect(m_document, &Document::resultChanged, this, &DiffView::onResultChanged);
    connect(m_document, &Document::applyingChanged, this, &DiffView::updateEditable);
    connect(m_document, &Document::opened, this, [this] {
        // The old text belongs to the old document: drop it, do not commit it to the new one.
        m_editTimer->stop();
        m_module = static_cast<std::size_t>(-1);
        refresh();
    });
    connect(m_right, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_editTimer->start();
    });
    connect(m_editTimer, &QTimer::timeout, this, &DiffView::onEdited);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_editTimer->stop();
        if (m_document->decisions().handEdit(m_document->analysis().modules[m_module].name))
            m_document->clearHandEdit(m_module);
        else
            refresh(); // throw away the invalid text
    });
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this] { syncScroll(m_left, m_right, m_diff.leftToRight); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this] { syncScroll(m_right, m_left, m_diff.rightToLeft); });
    refresh();
}

bool DiffView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_right && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // To the window's actions, what was typed a step first (Undo then has one to take).
            if (m_editTimer->isActive())
                commitEdit();
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiffView::setModule(std::size_t module)
{
    if (m_editTimer->isActive())
        commitEdit();
    m_module = module;
    m_route = static_cast<std::size_t>(-1);
    m_awaitingResult = false; // (the text shown is the result's, not an edit's)
    refresh();
    m_left->verticalScrollBar()->setValue(0);
}

void DiffView::setRoute(std::size_t route)
{
    setModule(static_cast<std::size_t>(-1));
    m_route = route;
    refresh();
}

// A decision changed the result (a toggle, undo, redo): JSON the operator is still correcting on
// the GPU side stays as typed, where the cursor was, and still marked.
void DiffView::onResultChanged()
{
    // Text still being typed, or taken and applied in the background meanwhile (a large
    // manifest), stays as typed; keystrokes not taken yet are taken after their pause still.
    const bool typing = m_editTimer->isActive();
    const bool awaited = std::exchange(m_awaitingResult, false);
    if (!m_invalid) {
        const bool committing = std::exchange(m_committing, m_committing || typing || awaited);
        refresh();
        m_committing = committing;
        if (typing)
            m_editTimer->start();
        return;
    }
    const QString draft = m_right->toPlainText();
    const int cursor = m_right->textCursor().position();
    const int scroll = m_right->verticalScrollBar()->value();
    refresh();
    m_updating = true;
    m_right->setPlainText(draft);
    QTextCursor restored = m_right->textCursor();
    restored.setPosition(std::min(cursor, static_cast<int>(draft.size())));
    m_right->setTextCursor(restored);
    m_right->verticalScrollBar()->setValue(scroll);
    m_updating = false;
    onEdited();
}

void DiffView::updateEditable()
{
    if (!m_document->isOpen() || m_module >= m_document->analysis().modules.size())
        return;
    const ModuleState &m = m_document->analysis().modules[m_module];
    m_right->setReadOnly(m.invalid() || (m_document->isApplying() && !m_document->decisions().handEdit(m.name)));
}

void DiffView::refresh()
{
    m_updating = true;
    m_editTimer->stop();
    const bool valid = m_document->isOpen() && m_module < m_document->analysis().modules.size();
    m_leftTitle->setText(tr("FPGA (original)"));
    m_rightTitle->setText(tr("GPU (result)"));
    m_right->setReadOnly(!valid);
    if (!valid && m_document->isOpen() && m_route != static_cast<std::size_t>(-1)) {
        showRoute();
        m_updating = false;
        setInvalid(false);
        return;
    }
    if (!valid) {
        m_left->clear();
        m_right->clear();
        m_diff = SideBySide();
        m_status->setText(m_document->isOpen() ? tr("Select a module to see its createOptions.") : QString());
        m_revert->hide();
        if (m_settings)
            m_settings->hide();
        m_updating = false;
        setInvalid(false);
        return;
    }
    const ModuleState &m = m_document->analysis().modules[m_module];
    const std::string left = m_document->originalText(m_module), right = m_document->resultText(m_module);
    const int leftScroll = m_left->verticalScrollBar()->value();
    m_left->setPlainText(QString::fromStdString(left));
    // A hand edit just typed stays as typed, with its cursor and scroll; it is laid out again
    // when something else changes the result.
    const std::string shownRight = m_committing ? m_right->toPlainText().toStdString() : right;
    if (!m_committing && m_right->toPlainText().toStdString() != right)
        m_right->setPlainText(QString::fromStdString(right));
    m_left->verticalScrollBar()->setValue(leftScroll);
    updateEditable();
    m_rightTitle->setText(tr("GPU (result): %1").arg(QString::fromStdString(m_document->result().names[m_module])));
    m_leftTitle->setText(tr("FPGA (original): %1").arg(QString::fromStdString(m.name)));
    showEditState(left, shownRight);
    // A change outside createOptions (the env section, the image): the rest of the module too.
    const std::string settingsBefore = m_document->originalSettingsText(m_module),
                      settingsAfter = m_document->resultSettingsText(m_module);
    if (m_settings)
        m_settings->setVisible(settingsBefore != settingsAfter);
    if (settingsBefore != settingsAfter) {
        createSettingsView();
        m_settings->show();
        m_settingsTitle->setText(tr("The rest of the module (env, image, …) changes too:"));
        m_settingsLeft->setPlainText(QString::fromStdString(settingsBefore));
        m_settingsRight->setPlainText(QString::fromStdString(settingsAfter));
        const SideBySide settingsDiff = diffLines(settingsBefore, settingsAfter);
        highlight(m_settingsLeft, settingsDiff.left, true);
        highlight(m_settingsRight, settingsDiff.right, false);
        // The modules' other settings are long (image, restart policy …): show where they change.
        showFirstChange(m_settingsLeft, settingsDiff.left);
        showFirstChange(m_settingsRight, settingsDiff.right);
    }
    m_updating = false;
    setInvalid(false);
}

namespace {

// A route, a clause a line: FROM …, WHERE …, INTO … (as written between them).
std::string routeLines(const std::string &route)
{
    std::string out;
    for (std::size_t i = 0; i < route.size(); ++i) {
        for (const std::string_view clause : {std::string_view(" where "), std::string_view(" into ")}) {
            if (i + clause.size() <= route.size() && json::lower(route.substr(i, clause.size())) == clause) {
                out += '\n';
                ++i; // (the space before the clause)
                break;
            }
        }
        out += route[i];
    }
    return out;
}

} // namespace

void DiffView::showRoute()
{
    const Manifest &manifest = *m_document->analysis().manifest;
    const std::vector<RouteRef> before = manifest.routes();
    const std::vector<RouteRef> after = Manifest::routesOf(m_document->result().document, manifest.form());
    if (m_route >= before.size() || m_route >= after.size()) {
        m_route = static_cast<std::size_t>(-1);
        return refresh();
    }
    const QString name = QString::fromStdString(before[m_route].name);
    //: %1 a route's name
    m_leftTitle->setText(tr("FPGA (original): route %1").arg(name));
    //: %1 a route's name
    m_rightTitle->setText(tr("GPU (result): route %1").arg(name));
    const std::string left = routeLines(before[m_route].route), right = routeLines(after[m_route].route);
    m_left->setPlainText(QString::fromStdString(left));
    m_right->setPlainText(QString::fromStdString(right));
    m_right->setReadOnly(true);
    m_diff = diffLines(left, right);
    highlight(m_left, m_diff.left, true);
    highlight(m_right, m_diff.right, false);
    m_status->setText(left == right ? tr("The route stays as it is.")
                                    : tr("The route follows the modules renamed; it is not edited here."));
    m_revert->hide();
    if (m_settings)
        m_settings->hide();
}

// Made the first time a change reaches outside createOptions: most modules never need it, and
// the window starts sooner without two more text editors.
void DiffView::createSettingsView()
{
    if (m_settings)
        return;
    m_settings = new QWidget;
    m_settingsTitle = new QLabel;
    m_settingsTitle->setTextFormat(Qt::PlainText);
    m_settingsLeft = makeEdit(true);
    m_settingsRight = makeEdit(true);
    m_settings->setObjectName(QStringLiteral("moduleSettings"));
    m_settingsLeft->setObjectName(QStringLiteral("fpgaSettingsEdit"));
    m_settingsRight->setObjectName(QStringLiteral("gpuSettingsEdit"));
    auto *edits = new QHBoxLayout;
    edits->addWidget(m_settingsLeft, 1);
    edits->addWidget(m_settingsRight, 1);
    auto *layout = new QVBoxLayout(m_settings);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settingsTitle);
    layout->addLayout(edits, 1);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(m_settings, 2);
}

void DiffView::commitEdit()
{
    m_editTimer->stop();
    onEdited();
}

void DiffView::onEdited()
{
    if (!m_document->isOpen() || m_module >= m_document->analysis().modules.size())
        return;
    const std::string text = m_right->toPlainText().toStdString();
    if (text == m_document->resultText(m_module)) {
        setInvalid(false);
        return;
    }
    const Json &shown = m_document->result().optionsOf(m_document->analysis(), m_module);
    const HandEditReading edit = readHandEdit(text, shown);
    switch (edit.error) {
    case HandEditReading::Error::None:
        break;
    case HandEditReading::Error::Json:
        setInvalid(true, Messages::handEditError(edit.json), edit.json.line, edit.json.column);
        return;
    case HandEditReading::Error::NotAnObject:
        setInvalid(true, tr("The GPU side must be a JSON object."), 1, 1);
        return;
    case HandEditReading::Error::SecretChanged:
        setInvalid(true,
            tr("A hidden secret (%1) was changed or moved, so it cannot be put back. Restore it as it was, or "
               "change the secret in the file itself.")
                .arg(QString::fromUtf8(kMask)),
            1, 1);
        return;
    }
    setInvalid(false);
    // The rules' own result laid out another way is no hand edit.
    if (!m_document->decisions().handEdit(m_document->analysis().modules[m_module].name) && edit.value == shown)
        return;
    m_committing = true;
    m_document->setHandEdit(m_module, edit.value);
    m_committing = false;
    // Taken as typed, but applied in the background: its result is still to come. (The same
    // hand edit again keeps the module's createOptions what is typed: kept as typed too.)
    m_awaitingResult = m_document->isApplying();
}

void DiffView::setInvalid(bool invalid, const QString &message, int line, int column)
{
    if (invalid) {
        // Mark the line where the JSON breaks, and the character.
        QList<QTextEdit::ExtraSelection> marks;
        const QTextBlock block = m_right->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection lineMark;
            lineMark.cursor = QTextCursor(block);
            lineMark.format.setBackground(QColor(0xff, 0xc4, 0xc4));
            lineMark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << lineMark;
            QTextEdit::ExtraSelection charMark;
            charMark.cursor = QTextCursor(block);
            charMark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
            charMark.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
            charMark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            charMark.format.setUnderlineColor(Qt::red);
            marks << charMark;
        }
        // The lines typed stay marked against the FPGA side (and scroll with it) meanwhile.
        m_diff = diffLines(m_document->originalText(m_module), m_right->toPlainText().toStdString());
        highlight(m_left, m_diff.left, true);
        highlight(m_right, m_diff.right, false, marks);
        m_status->setText(message);
        m_revert->setText(tr("Discard Edit"));
        m_revert->show();
    } else if (m_invalid && m_document->isOpen() && m_module < m_document->analysis().modules.size()) {
        // Valid again without a change of the result (the text typed back, or laid out another
        // way): the marks and the error go, as a refresh would take them.
        showEditState(m_document->originalText(m_module), m_right->toPlainText().toStdString());
    }
    if (invalid != m_invalid) {
        m_invalid = invalid;
        emit validityChanged(invalid);
    }
}

void DiffView::showEditState(const std::string &left, const std::string &right)
{
    m_diff = diffLines(left, right);
    highlight(m_left, m_diff.left, true);
    highlight(m_right, m_diff.right, false);
    const bool handEdited = m_document->decisions().handEdit(m_document->analysis().modules[m_module].name) != nullptr;
    m_status->setText(handEdited
            ? tr("The GPU side is edited by hand; the rules no longer change this module's createOptions.")
            : tr("You can edit the GPU side by hand."));
    m_revert->setText(tr("Revert Hand Edit"));
    m_revert->setVisible(handEdited);
}

void DiffView::syncScroll(QPlainTextEdit *from, QPlainTextEdit *to, const std::vector<int> &map)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int line = from->verticalScrollBar()->value(); // without wrapping: the first visible line
    if (line >= 0 && line < int(map.size()))
        to->verticalScrollBar()->setValue(map[std::size_t(line)]);
    else
        to->verticalScrollBar()->setValue(line);
    m_syncing = false;
}

} // namespace EdgeShift
