#include "findingdetails.h"

#include "catalogue.h"
#include "document.h"
#include "messages.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <optional>
#include <utility>

namespace EdgeShift {

FindingDetails::FindingDetails(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_notMade(new QLabel)
    , m_explanation(new QLabel)
    , m_source(new QLabel)
    , m_paramsBox(new QWidget)
    , m_params(new QFormLayout(m_paramsBox))
    , m_commitTimer(new QTimer(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_notMade->setObjectName(QStringLiteral("notMade"));
    QFont italic = m_notMade->font();
    italic.setItalic(true);
    m_notMade->setFont(italic);
    for (QLabel *label : {m_title, m_message, m_notMade, m_explanation, m_source}) {
        // (What a manifest names, a module "<b>x</b>", is shown as written, never as markup.)
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_params->setContentsMargins(0, 0, 0, 0);
    // The values to decide come right after what the change does, above the longer explanation.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_notMade);
    layout->addWidget(m_paramsBox);
    layout->addWidget(m_explanation);
    layout->addWidget(m_source);
    layout->addStretch(1);
    connect(document, &Document::resultChanged, this, &FindingDetails::refreshValues);
    connect(document, &Document::opened, this, [this] {
        m_pendingCommit = nullptr; // typed for the manifest that was open
        setFinding(nullptr);
    });
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(300);
    connect(m_commitTimer, &QTimer::timeout, this, &FindingDetails::commitPending);
    setFinding(nullptr);
}

void FindingDetails::commitPending()
{
    m_commitTimer->stop();
    if (const std::function<void()> commit = std::exchange(m_pendingCommit, nullptr))
        commit();
}

void FindingDetails::setFinding(const Finding *finding)
{
    commitPending(); // a value typed for the finding shown before is still its
    if (finding && finding == m_finding) {
        refreshValues(); // the same finding: keep its editors (one may be in the middle of a keystroke)
        return;
    }
    m_finding = finding;
    m_key = finding ? finding->key() : std::string();
    rebuild();
}

void FindingDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // title, explanation, source and the parameters' labels, in the new language
    QWidget::changeEvent(event);
}

void FindingDetails::rebuild()
{
    m_validators.clear();
    // Editors are deleted later: this can run from inside one of their signals.
    while (m_params->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_params->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->setObjectName(QString()); // findChild must not find it any more
                for (QObject *child : widget->findChildren<QObject *>())
                    child->setObjectName(QString());
                widget->deleteLater();
            }
            delete item;
        }
    }
    const Finding *f = m_finding;
    m_paramsBox->setVisible(f && !f->params.empty());
    if (!f) {
        m_title->setText(tr("Select a finding to see what it changes and why."));
        m_message->clear();
        m_notMade->hide();
        m_explanation->clear();
        m_source->clear();
        return;
    }
    const QString rule = QString::fromUtf8(f->rule);
    //: the finding's title: %1 the rule's title, %2 its id, %3 its kind ("fix")
    m_title->setText(tr("%1 (%2, %3)").arg(Messages::ruleTitle(rule), rule, Messages::kindName(f->kind)));
    showMessage();
    m_explanation->setText(Messages::ruleExplanation(rule));
    if (const Rule *r = findRule(f->rule))
        //: %1 is a section of the Microsoft article EdgeShift implements
        m_source->setText(tr("From the article, section \"%1\".").arg(Messages::sectionName(r->info().section)));
    else // (invalid createOptions, chunks with a gap, a hand edit not converted…)
        m_source->setText(tr("EdgeShift's own check: the article does not cover it."));

    for (const Param &param : f->params) {
        const QString name = QString::fromUtf8(param.name);
        auto *error = new QLabel;
        error->setObjectName(QStringLiteral("error_") + name);
        error->setTextFormat(Qt::PlainText);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        error->setPalette(palette);
        error->setWordWrap(true);
        const QString value = QString::fromStdString(m_document->decisions().param(*f, param));
        const ParamType type = param.type;
        const std::string key = f->key();
        auto validate = [this, error, type, param](const QString &text) {
            const ParamError e = m_finding && m_document->isOpen()
                ? validateParam(m_document->analysis(), m_document->result(), m_document->decisions(), *m_finding,
                    param, text.toStdString())
                : validateParam(type, text.toStdString());
            error->setText(Messages::paramError(e, type));
            error->setVisible(e != ParamError::None);
            if (e != ParamError::None)
                showInScrollArea(error);
            return e == ParamError::None;
        };
        auto commit = [this, key, name](const QString &text) {
            if (m_finding && m_finding->key() == key)
                m_document->setParam(*m_finding, name, text);
        };
        QWidget *editor;
        if (type == ParamType::MountType) {
            auto *combo = new QComboBox;
            combo->addItem(tr("bind (a host path on the node)"), QStringLiteral("bind"));
            combo->addItem(tr("volume (a share or persistent volume)"), QStringLiteral("volume"));
            combo->setCurrentIndex(value == QLatin1String("volume") ? 1 : 0);
            // Narrower than its longest item when the pane is (the item is elided, the pane not cut).
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
            connect(combo, &QComboBox::activated, this, [combo, commit] { commit(combo->currentData().toString()); });
            editor = combo;
        } else {
            auto *edit = new QLineEdit(value);
            m_validators[name] = validate;
            edit->setPlaceholderText(type == ParamType::Image ? tr("registry/repository:tag") : QString());
            // A value is taken as it is typed; while the text is not a valid value, the one from
            // before the edit is in effect again ("12 parsecs" must not leave "12"), and an edit that
            // ends on an invalid text shows that value again.
            auto before = std::make_shared<std::optional<Decisions>>();
            // On a large manifest (applying takes a while) a value is taken once the typing pauses.
            connect(
                edit, &QLineEdit::textEdited, this, [this, key, name, validate, commit, before](const QString &text) {
                    if (!m_finding || m_finding->key() != key)
                        return;
                    if (!*before)
                        *before = m_document->decisions();
                    m_pendingCommit = nullptr;
                    m_commitTimer->stop();
                    if (!validate(text)) {
                        m_document->restoreParam(*m_finding, name, **before);
                    } else if (m_document->isSlowToApply()) {
                        m_pendingCommit = [commit, text] { commit(text); };
                        m_commitTimer->start();
                    } else {
                        commit(text);
                    }
                });
            connect(edit, &QLineEdit::editingFinished, this, [this, key, param, edit, validate, before] {
                commitPending();
                if (*before && m_finding && m_finding->key() == key && !validate(edit->text())) {
                    const QString value = QString::fromStdString(m_document->decisions().param(*m_finding, param));
                    edit->setText(value);
                    validate(value); // and hide the error it showed
                }
                before->reset();
            });
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("param_") + name);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_params->addRow(Messages::paramLabel(name), cell);
        // A value still to be given (the GPU build's image) is asked for by the placeholder: no
        // error before anything was typed.
        if (value.isEmpty())
            error->hide();
        else
            validate(value);
    }
}

void FindingDetails::showInScrollArea(QWidget *widget)
{
    // (Once the layout has made room for it.)
    QTimer::singleShot(0, widget, [this, widget] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w))
                return area->ensureWidgetVisible(widget);
        }
    });
}

void FindingDetails::updateEditable()
{
    // Where a hand edit or another change decides, the finding's values would change nothing.
    m_paramsBox->setEnabled(!m_document->isDecidedElsewhere(*m_finding));
}

void FindingDetails::showMessage()
{
    m_message->setText(m_document->message(*m_finding));
    const QString notMade = m_document->notMadeBecause(*m_finding);
    m_notMade->setText(notMade);
    m_notMade->setVisible(!notMade.isEmpty());
    updateEditable();
}

void FindingDetails::refreshValues()
{
    if (!m_finding || !m_document->isOpen())
        return;
    // The finding may be a problem found while applying, which the new result may no longer have.
    const std::vector<const Finding *> current = m_document->findingsOf(m_finding->moduleIndex);
    const Finding *match = nullptr;
    for (const Finding *f : current) {
        if (f->key() == m_key && f->message == m_finding->message)
            match = f;
    }
    if (match != m_finding) {
        setFinding(match);
        return;
    }
    showMessage();
    // Parameter editors show the decided values (after undo and redo too), unless being typed in.
    for (const Param &param : m_finding->params) {
        const QString value = QString::fromStdString(m_document->decisions().param(*m_finding, param));
        const QString name = QString::fromUtf8(param.name);
        if (auto *edit = findChild<QLineEdit *>(QStringLiteral("param_") + name)) {
            if (!edit->hasFocus() && edit->text() != value)
                edit->setText(value);
            if (!edit->hasFocus() && !edit->text().isEmpty() && m_validators.count(name))
                m_validators[name](edit->text());
        } else if (auto *combo = findChild<QComboBox *>(QStringLiteral("param_") + name)) {
            combo->setCurrentIndex(combo->findData(value));
        }
    }
}

} // namespace EdgeShift
