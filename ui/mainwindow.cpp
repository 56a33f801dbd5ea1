#include "mainwindow.h"

#include "dialogs.h"
#include "diffview.h"
#include "document.h"
#include "fileio.h"
#include "findingdetails.h"
#include "findingsmodel.h"
#include "manifesttreemodel.h"
#include "messages.h"
#include "report.h"
#include "settings.h"
#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <QtMath>

namespace EdgeShift {

namespace {

// Cells sized to their contents, with room to spare after the text: Japanese and Chinese text in
// a fallback font measures a little narrower than it is drawn, and would touch the next column.
// Below wrapped text too: the style cuts a line short where one more line of its own height would
// not fit below it, and a line of Japanese is taller than the line of Latin letters that may follow.
class RoomyDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index) + QSize(option.fontMetrics.averageCharWidth(), 0);
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        if (!(item.features & QStyleOptionViewItem::WrapText) || item.text.isEmpty() || item.rect.width() <= 0)
            return size;
        const QWidget *widget = item.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        QTextLayout layout(item.text, item.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        layout.beginLayout();
        qreal height = 0, needed = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(item.rect.width() - 2 * margin);
            height += line.height();
            needed = std::max(
                needed, line.textStart() + line.textLength() < item.text.size() ? height + line.height() : height);
        }
        layout.endLayout();
        size.setHeight(std::max(size.height(), qCeil(needed)));
        return size;
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_treeModel(new ManifestTreeModel(m_document, this))
    , m_treeFilter(new AttentionFilterModel(this))
    , m_findings(new FindingsModel(m_document, this))
    , m_rules(new RulesModel(m_document, this))
    , m_stack(new QStackedWidget)
    , m_welcome(new QLabel)
    , m_mainSplitter(new QSplitter(Qt::Horizontal))
    , m_rightSplitter(new QSplitter(Qt::Vertical))
    , m_attention(new QCheckBox)
    , m_tree(new QTreeView)
    , m_diff(new DiffView(m_document))
    , m_findingsView(new QTableView)
    , m_details(new FindingDetails(m_document))
    , m_rulesDock(new QDockWidget)
    , m_rulesView(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_treeFilter->setSourceModel(m_treeModel);

    m_tree->setObjectName(QStringLiteral("manifestTree"));
    m_tree->setModel(m_treeFilter);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ManifestTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ManifestTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_attention->setObjectName(QStringLiteral("attentionOnly"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_attention);
    leftLayout->addWidget(m_tree, 1);

    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->verticalHeader()->hide();
    // Tab leaves the table for the finding's values, rather than walk its cells.
    m_findingsView->setTabKeyNavigation(false);
    m_findingsView->setItemDelegate(new RoomyDelegate(m_findingsView));
    // Titles wrap onto as many lines as they need (Japanese and Chinese ones have no spaces to
    // break at, and would otherwise be cut).
    m_findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
        {int(FindingsModel::AcceptColumn), int(FindingsModel::KindColumn), int(FindingsModel::StateColumn)})
        m_findingsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    // Space accepts or rejects the selected finding, whichever cell of its row is current.
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), m_findingsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, [this] {
        const QModelIndex accept = m_findingsView->currentIndex().siblingAtColumn(FindingsModel::AcceptColumn);
        if (!(accept.flags() & Qt::ItemIsUserCheckable))
            return;
        const bool checked = accept.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_findings->setData(accept, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    m_rightSplitter->addWidget(m_findingsView);
    // Long explanations (and Japanese or Chinese ones in a small window) scroll rather than being cut.
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setObjectName(QStringLiteral("findingDetailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_rightSplitter->addWidget(detailsScroll);
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 3);

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_diff);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 3);

    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(40);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_mainSplitter);
    setCentralWidget(m_stack);

    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setModel(m_rules);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->setTabKeyNavigation(false);
    m_rulesView->verticalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents); // rows as tight as the findings'
    m_rulesView->setItemDelegate(new RoomyDelegate(m_rulesView));
    m_rulesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RulesModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {int(RulesModel::AcceptColumn), int(RulesModel::KindColumn), int(RulesModel::CountColumn)})
        m_rulesView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_rulesDock->setObjectName(QStringLiteral("rulesDock"));
    m_rulesDock->setWidget(m_rulesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_rulesDock);

    m_status->setObjectName(QStringLiteral("statusSummary"));
    // A normal widget, not a permanent one: a message (Saved…) takes its place for a while,
    // where a permanent widget as wide as the bar would leave the message no room.
    statusBar()->addWidget(m_status, 1);

    createActions();
    createMenus();

    connect(m_document, &Document::opened, this, [this] {
        m_stack->setCurrentIndex(m_document->isOpen() ? 1 : 0);
        m_tree->expandAll();
        updateTitle();
    });
    connect(m_document, &Document::resultChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::applyingChanged, this, &MainWindow::updateStatus);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isLoading())
            m_decidedWhileLoading = true;
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    connect(
        m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onFindingSelection);
    // The rows change when a problem comes or goes while a parameter is typed: stay on the same finding.
    connect(m_findings, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const Finding *current = m_findings->finding(m_findingsView->currentIndex().row());
        m_currentFindingKey = current ? current->key() : std::string();
    });
    connect(m_findings, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_findings->rowCount(); ++row) {
            if (!m_currentFindingKey.empty() && m_findings->finding(row)->key() == m_currentFindingKey) {
                m_findingsView->setCurrentIndex(m_findings->index(row, FindingsModel::TitleColumn));
                return;
            }
        }
        m_details->setFinding(nullptr);
    });
    connect(m_attention, &QCheckBox::toggled, this, [this](bool on) {
        m_treeFilter->setAttentionOnly(on);
        m_attentionAction->setChecked(on);
        Settings::setAttentionOnly(on);
        m_tree->expandAll();
    });
    connect(m_diff, &DiffView::validityChanged, this, &MainWindow::updateTitle);
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::onLoaded);
    connect(&m_batch, &QFutureWatcherBase::finished, this, &MainWindow::onBatchFinished);

    m_attention->setChecked(Settings::attentionOnly());
    retranslate();
    updateRecentMenu();
    updateStatus();
    updateTitle();
    // Its first size, within the screen it opens on (a laptop's, or a small remote desktop).
    resize(QSize(1280, 800).boundedTo(screen() ? screen()->availableGeometry().size() : QSize(1280, 800)));
    m_mainSplitter->setSizes({300, 600, 380});
    m_rightSplitter->setSizes({260, 340});
    resizeDocks({m_rulesDock}, {160}, Qt::Vertical);
    restoreGeometry(Settings::geometry());
    restoreState(Settings::windowState());
    m_mainSplitter->restoreState(Settings::splitterState(QStringLiteral("main")));
    m_rightSplitter->restoreState(Settings::splitterState(QStringLiteral("right")));
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    m_batch.cancel();
    m_batch.waitForFinished();
    // The views go first, while the document they show is still there (a field losing its focus
    // as it goes may still write to it); the document goes with this window's other children,
    // after this destructor: its undo stack, cleared then, must no longer call this window's slots.
    delete takeCentralWidget();
    delete m_rulesDock;
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString dir = m_document->isOpen() ? QFileInfo(m_document->filePath()).absolutePath() : QDir::homePath();
        const QString path = Dialogs::openFileName(this, dir);
        if (!path.isEmpty())
            openFile(path);
    });
    m_save = new QAction(this);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcuts({QKeySequence::Save, QKeySequence::SaveAs});
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_export = new QAction(this);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportReport);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        Settings::clearRecentFiles();
        updateRecentMenu();
    });

    // Undo and Redo name the step they take, in the window's language (QUndoStack's own actions
    // keep the language they were made in).
    QUndoStack *stack = m_document->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo); // every binding the platform has
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this, stack] {
        commitTyping(); // what was typed is the step to undo
        stack->undo();
    });
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redo = new QAction(this);
    m_redo->setShortcuts(QKeySequence::Redo); // (Ctrl+Shift+Z and Ctrl+Y alike)
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, this, [this, stack] {
        commitTyping(); // typing not yet committed is a step of its own, which clears what to redo
        stack->redo();
    });
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);

    m_attentionAction = new QAction(this);
    m_attentionAction->setCheckable(true);
    connect(m_attentionAction, &QAction::toggled, m_attention, &QCheckBox::setChecked);
    m_rulesAction = m_rulesDock->toggleViewAction();

    m_languages = new QActionGroup(this);
    m_systemLanguage = new QAction(this);
    m_systemLanguage->setCheckable(true);
    m_systemLanguage->setData(QString());
    m_languages->addAction(m_systemLanguage);
    for (const QString &language : Translator::languages()) {
        auto *action = new QAction(Translator::nativeName(language), this);
        action->setCheckable(true);
        action->setData(language);
        m_languages->addAction(action);
    }
    // The language chosen in View → Language, unless this run was given another (--lang).
    const QString running = Translator::language();
    const QString chosen = Translator::resolve(Settings::language()) == running ? Settings::language() : running;
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == chosen);
    connect(m_languages, &QActionGroup::triggered, this,
        [this](QAction *action) { setLanguage(action->data().toString()); });

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        Dialogs::about(this, tr("About EdgeShift"),
            tr("<h3>EdgeShift %1</h3>"
               "<p>Moves IoT Edge modules from Azure Stack Edge Pro FPGA devices (IoT Edge on Docker) "
               "to Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).</p>"
               "<p>It implements the Microsoft article <i>Run existing IoT Edge modules from Azure Stack "
               "Edge Pro FPGA devices on Azure Stack Edge Pro GPU device</i>.</p>"
               "<p>Languages: English, 日本語, 简体中文.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_attentionAction);
    m_viewMenu->addAction(m_rulesAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::retranslate()
{
    m_document->retranslateUndoSteps();
    updateUndoTexts();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save GPU Manifest As…"));
    m_export->setText(tr("&Export Report…"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("&Clear Menu"));
    m_attentionAction->setText(tr("Only Modules &Needing Attention"));
    m_rulesDock->setWindowTitle(tr("Rules"));
    m_rulesAction->setText(tr("&Rules")); // (after the title, which the dock gives its action)
    m_systemLanguage->setText(tr("System Language"));
    m_about->setText(tr("&About EdgeShift"));
    m_attention->setText(tr("Only modules needing attention"));
    m_welcome->setText(
        tr("<h2>EdgeShift</h2><p>Drop a deployment manifest written for an Azure Stack Edge Pro FPGA "
           "device here, or open one with File → Open.</p><p>Drop several files at once to convert them all "
           "with the rules' defaults.</p>"));
    updateRecentMenu();
    updateStatus();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Models and views made their texts from the old language.
        emit m_treeModel->headerDataChanged(Qt::Horizontal, 0, ManifestTreeModel::ColumnCount - 1);
        emit m_findings->headerDataChanged(Qt::Horizontal, 0, FindingsModel::ColumnCount - 1);
        emit m_rules->headerDataChanged(Qt::Horizontal, 0, RulesModel::ColumnCount - 1);
        if (m_document->isOpen())
            m_document->showAgain();
        m_details->setFinding(m_findings->finding(m_findingsView->currentIndex().row()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    Translator::setLanguage(Translator::resolve(language));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        //: a recent file in File → Open Recent: %1 its number (the key that opens it), %2 its path
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(file).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    const bool open = m_document->isOpen();
    setWindowTitle(open ? tr("%1[*] — EdgeShift").arg(QFileInfo(m_document->filePath()).fileName()) : tr("EdgeShift"));
    setWindowModified(open && (m_document->isModified() || m_diff->hasInvalidEdit()));
    // While the GPU side holds invalid JSON there is nothing to save: the menu says why.
    const QString why = m_diff->hasInvalidEdit()
        ? tr("Correct or discard the hand edit of the GPU side first: it is not valid JSON.")
        : QString();
    for (QAction *action : {m_save, m_export}) {
        action->setEnabled(open && !m_diff->hasInvalidEdit());
        action->setStatusTip(why);
    }
}

void MainWindow::updateStatus()
{
    if (isLoading() || !m_document->isOpen()) {
        m_status->setText(isLoading() ? tr("Loading %1…").arg(QDir::toNativeSeparators(m_loadingPath)) : QString());
        return;
    }
    if (m_document->isApplying()) { // a large manifest: the figures are those of the decisions before
        m_status->setText(tr("Applying the decisions…"));
        return;
    }
    const Summary summary = summarize(m_document->analysis(), m_document->result());
    //: Status bar: %1 accepted changes made in the GPU side, %2 rejected, %3 open items, %4 GPU-ready or not
    m_status->setText(
        tr("%1 · %2 · %3 · %4")
            .arg(tr("%n accepted change(s)", nullptr, summary.applied), tr("%n rejected", nullptr, summary.rejected),
                tr("%n open for you", nullptr, summary.open),
                m_document->result().gpuReady ? tr("GPU-ready") : tr("not GPU-ready yet")));
}

bool MainWindow::isLoading() const
{
    return m_loadPending; // until onLoaded() took the result: the loader may have finished before
}

bool MainWindow::isConverting() const
{
    return m_batch.isRunning();
}

void MainWindow::openFile(const QString &path)
{
    if (isLoading()) {
        //: %1 is the file being opened
        statusBar()->showMessage(
            tr("Still opening %1: open the next file once it is open.").arg(QDir::toNativeSeparators(m_loadingPath)),
            5000);
        return;
    }
    if (!maybeSave())
        return;
    m_decidedWhileLoading = false;
    m_loadPending = true;
    m_loadingPath = path;
    m_loader.setFuture(QtConcurrent::run([path] { return FileIo::load(path); }));
    updateStatus();
}

void MainWindow::onLoaded()
{
    m_loadPending = false;
    const LoadedFile file = m_loader.result();
    if (!file.analysis) {
        updateStatus(); // no longer "Loading…" while the operator reads why
        Dialogs::error(this, tr("Cannot Open the Manifest"), file.error);
        return;
    }
    // Decisions made on the open manifest while this one loaded are not thrown away unasked.
    if (m_decidedWhileLoading && !maybeSave()) {
        updateStatus();
        return;
    }
    Settings::addRecentFile(m_loadingPath);
    updateRecentMenu();
    m_document->open(m_loadingPath, file.analysis);
    // Start where the work is: the first module that needs the operator, else the first module.
    const auto &modules = m_document->analysis().modules;
    int first = modules.empty() ? -1 : 0;
    for (std::size_t i = 0; i < modules.size(); ++i) {
        if (m_document->result().status[i] == ModuleStatus::NeedsOperator && !modules[i].system) {
            first = int(i);
            break;
        }
    }
    if (first >= 0)
        selectModule(first);
}

void MainWindow::selectModule(int module)
{
    const QModelIndex index = m_treeFilter->mapFromSource(m_treeModel->indexOfModule(module));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

// Every change of the module shown comes here: a click or a key in the tree, selectModule(), a
// row the attention filter hides. Invalid JSON on the GPU side is not thrown away without asking.
void MainWindow::onTreeSelection()
{
    if (treeModule() == m_diff->module() && treeRoute() == m_diff->route())
        return; // the same module: the tree put back on it, or one twin row for another
    commitTyping(); // what was typed a moment ago may be the invalid JSON
    if (!m_diff->hasInvalidEdit()) {
        showTreeSelection(); // committing may have moved the tree (a module filtered out)
        return;
    }
    // Asked once the tree is done changing: a click goes on to select the row it made current, and
    // the filter changes the current row before it removes the rows.
    if (!m_leavePending) {
        m_leavePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::leaveInvalidEdit, Qt::QueuedConnection);
    }
}

// Shows the module now current in the tree once the operator has discarded the invalid JSON of the
// one shown, or puts the tree back on that one to correct it.
void MainWindow::leaveInvalidEdit()
{
    m_leavePending = false;
    const std::size_t module = treeModule();
    const std::size_t shown = m_diff->module();
    if (module == shown)
        return;
    if (m_diff->hasInvalidEdit()
        && !Dialogs::askDiscardInvalidEdit(this, QString::fromStdString(m_document->result().names[shown]))) {
        // Back to it even when the attention filter hid it.
        if (!m_treeFilter->mapFromSource(m_treeModel->indexOfModule(int(shown))).isValid())
            m_attention->setChecked(false);
        selectModule(int(shown));
        m_diff->gpuEdit()->setFocus();
        return;
    }
    showTreeSelection();
}

// The module of the tree's current row; SIZE_MAX for none.
std::size_t MainWindow::treeModule() const
{
    const QVariant module = m_tree->currentIndex().data(ManifestTreeModel::ModuleIndexRole);
    return module.isValid() && module.toInt() >= 0 ? std::size_t(module.toInt()) : static_cast<std::size_t>(-1);
}

// The route of the tree's current row; SIZE_MAX for none.
std::size_t MainWindow::treeRoute() const
{
    const QVariant route = m_tree->currentIndex().data(ManifestTreeModel::RouteIndexRole);
    return route.isValid() && route.toInt() >= 0 ? std::size_t(route.toInt()) : static_cast<std::size_t>(-1);
}

// The module of the tree's current row, or its route beside the manifest's own findings.
void MainWindow::showTreeSelection()
{
    showModule(treeModule());
    if (const std::size_t route = treeRoute(); route != static_cast<std::size_t>(-1))
        m_diff->setRoute(route);
}

void MainWindow::showModule(std::size_t module)
{
    m_diff->setModule(module);
    m_findings->setModule(module);
    if (m_findings->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findings->index(0, FindingsModel::TitleColumn));
}

void MainWindow::onFindingSelection()
{
    m_details->setFinding(m_findings->finding(m_findingsView->currentIndex().row()));
}

bool MainWindow::save()
{
    if (!m_document->isOpen())
        return false;
    commitTyping();
    if (m_diff->hasInvalidEdit()) {
        Dialogs::error(
            this, tr("Cannot Save"), tr("The GPU side holds invalid JSON. Correct it or discard the edit, then save."));
        return false;
    }
    const QString suggested = FileIo::gpuPath(m_document->filePath());
    // EdgeShift asks itself whether to replace a file: about the input, once and more pointedly.
    const QString path = Dialogs::saveFileName(this, tr("Save GPU Manifest"), suggested,
        tr("Deployment manifests (*.json)"), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (!FileIo::sameFile(path, m_document->filePath()) && QFileInfo(path).isFile()
        && !Dialogs::askReplaceFile(this, path))
        return false;
    return saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    if (FileIo::sameFile(path, m_document->filePath()) && !Dialogs::askReplaceInput(this, path))
        return false;
    m_document->finishApplying(); // what is saved is the decisions' result
    QString error;
    // As the CLI saves: streamed, and a new file no more readable than the input (it may hold secrets).
    if (!FileIo::saveResult(m_document->filePath(), path, m_document->analysis(), m_document->result(), error)) {
        Dialogs::error(this, tr("Cannot Save the GPU Manifest"),
            //: %1 is why the file could not be written
            tr("%1\nThe previous file, if any, is unchanged.").arg(error));
        return false;
    }
    m_document->markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportReport()
{
    if (!m_document->isOpen())
        return false;
    commitTyping();
    const QString path = Dialogs::saveFileName(
        this, tr("Export Report"), FileIo::reportPath(m_document->filePath()), tr("HTML (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return false;
    const ReportFormat format
        = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? ReportFormat::Markdown : ReportFormat::Html;
    m_document->finishApplying();
    const ReportStrings strings = Messages::reportStrings(m_document->analysis(), m_document->result(),
        m_document->decisions(), QFileInfo(m_document->filePath()).fileName());
    QString error;
    SaveSet report;
    const auto write = [&](std::ostream &out) {
        writeReport(out, {ReportPart {m_document->analysis(), m_document->result(), m_document->decisions(), strings}},
            format, strings.title);
    };
    if (!report.add(path, write, error) || !report.commit(error)) {
        Dialogs::error(this, tr("Cannot Export the Report"), error);
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::commitTyping()
{
    m_diff->commitEdit();
    m_details->commitPending();
}

bool MainWindow::maybeSave()
{
    commitTyping(); // a hand edit or a value still waiting for its pause is a decision too
    if (!m_document->isOpen() || (!m_document->isModified() && !m_diff->hasInvalidEdit()))
        return true;
    switch (Dialogs::askSaveChanges(this, m_document->filePath())) {
    case Dialogs::SaveChoice::Save:
        return save();
    case Dialogs::SaveChoice::Discard:
        return true;
    case Dialogs::SaveChoice::Cancel:
        return false;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings::setWindowLayout(saveGeometry(), saveState(),
        {{QStringLiteral("main"), m_mainSplitter->saveState()},
            {QStringLiteral("right"), m_rightSplitter->saveState()}});
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    if (files.isEmpty()) {
        Dialogs::error(this, tr("Nothing to Open"), tr("Only files on this computer can be dropped here."));
        return;
    }
    if (files.size() == 1)
        openFile(files.front());
    else
        convertFiles(files);
}

void MainWindow::convertFiles(const QStringList &paths)
{
    if (isConverting())
        return;
    const QStringList existing = BatchConverter::outputsToReplace(paths);
    QSet<QString> replace;
    if (!existing.isEmpty()) {
        const QMessageBox::StandardButton answer = Dialogs::askReplace(this, existing);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes)
            replace = QSet<QString>(existing.begin(), existing.end());
    }
    delete m_progress;
    m_progress = new QProgressDialog(
        tr("Converting %n file(s)…", nullptr, int(paths.size())), tr("Cancel"), 0, int(paths.size()), this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(&m_batch, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, &m_batch, &QFutureWatcherBase::cancel);
    m_batchPaths = paths;
    m_batchLog = std::make_shared<BatchLog>();
    m_batch.setFuture(QtConcurrent::mapped(paths, [replace, log = m_batchLog](const QString &path) {
        BatchItem item = BatchConverter::convert(path, replace);
        QMutexLocker lock(&log->mutex);
        log->done.insert(path, item);
        return item;
    }));
}

void MainWindow::onBatchFinished()
{
    const bool canceled = m_batch.isCanceled();
    // Every dropped file has a row; those the cancel stopped before say so.
    QList<BatchItem> items;
    QMutexLocker lock(&m_batchLog->mutex);
    for (int i = 0; i < m_batchPaths.size(); ++i) {
        if (const auto done = m_batchLog->done.constFind(m_batchPaths[i]); done != m_batchLog->done.cend()) {
            items << *done;
        } else {
            BatchItem item;
            item.input = m_batchPaths[i];
            item.output = FileIo::gpuPath(item.input);
            item.outcome = BatchItem::Canceled;
            items << item;
        }
    }
    if (m_progress) {
        m_progress->disconnect();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    delete m_summary;
    m_summary = new BatchSummaryDialog(items, canceled, this);
    connect(m_summary, &BatchSummaryDialog::openRequested, this, &MainWindow::openFile);
    m_summary->show();
}

} // namespace EdgeShift
