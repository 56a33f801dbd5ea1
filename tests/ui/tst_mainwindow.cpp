// The window as an operator uses it: open (by API and by drop), toggle, undo and redo, edit
// parameters and the GPU side by hand, save, drop several files, and the unsaved-changes guard.
#include "../hostile.h"
#include "catalogue.h"
#include "dialogs.h"
#include "diffview.h"
#include "document.h"
#include "fileio.h"
#include "findingdetails.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "manifesttreemodel.h"
#include "messages.h"
#include "settings.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QTreeView>
#include <QUndoStack>
#include <QtMath>

using namespace EdgeShift;

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// The centre of an item's check box, where an operator clicks.
QPoint checkBoxCenter(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view).center();
}

void drop(QWidget *target, const QStringList &files)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    mime->setUrls(urls);
    const QPointF pos(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    delete mime;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openByApi();
    void openByDrop();
    void openAnotherWhileAFindingIsShown();
    void keysAndDropsOnTheGpuSide();
    void modelsAreConsistent();
    void toggleChangesGpuSide();
    void undoRedo();
    void changesOutsideCreateOptionsShown();
    void spaceTogglesTheSelectedFinding();
    void ruleForEveryModule();
    void editModuleNameMovesRoutes();
    void toggleRefreshesOnlyChangedRows();
    void ruleForEveryModuleRefreshesInFewSignals();
    void invalidParameterIsRefused();
    void errorScrolledIntoView();
    void tabLeavesTheFindings();
    void routeShownBeforeAndAfter();
    void itemsForTheOperatorComeFirst();
    void rowsOfOneRuleSayWhatEachIsAbout();
    void handEditInvalidThenValid();
    void handEditInvalidThenTypedBack();
    void redoCommitsTypingFirst();
    void handEditSupersedesTheRulesOfItsModule();
    void handEditStaysAsTyped();
    void undoInTheGpuSideIsTheWindows();
    void typedHostPortMovesAProposal();
    void wholeShareReplacesTheBindsChange();
    void leavingAnInvalidHandEditAsks();
    void filteringAnInvalidHandEditAwayAsks();
    void saveAndReadBack();
    void saveOverAnotherFileAsksFirst();
    void saveFailureKeepsPreviousFile();
    void dropSeveralFiles();
    void unchangedConversionCopiesInput();
    void dropNeverReplacesADroppedFile();
    void dropSkipsExistingWhenAsked();
    void cancelBatch();
    void notAManifest();
    void unsavedChangesGuard();
    void decisionsMadeWhileLoadingAreKept();
    void attentionFilter();
    void geometryRemembered();
    void firstSizeFitsTheScreen();
    void detailsScrollInASmallWindow();
    void findingTitlesFitTheirRows();
    void switchLanguage();
    void switchLanguageWithNothingOpen();
    void languageMenuShowsTheRunningLanguage();
    void typingACollidingName();
    void treeCountsProblemsFoundWhileApplying();
    void secretsMaskedButKept();
    void markupInNamesShownAsWritten();
    void diffHighlightedAndScrolledTogether();
    void openFromMenuAndRecent();
    void exportReport();
    void saveSuggestsGpuNameBesideInput_data();
    void saveSuggestsGpuNameBesideInput();
    void saveOverInputAsksFirst_data();
    void saveOverInputAsksFirst();
    void quitAsksAboutUnsavedDecisions_data();
    void quitAsksAboutUnsavedDecisions();
    void editParameter_data();
    void editParameter();
    void chooseMountType_data();
    void chooseMountType();
    void giveGpuImage();
    void givingAValueAcceptsTheChange();
    void largeManifestTakesAValueWhenTypingPauses();
    void largeManifestAppliesInTheBackground();
    void messageShowsTheValueDecided();
    void aboutNamesVersionArticleAndLanguages();
    void hostileInputs_data();
    void hostileInputs();

private:
    void openSample();
    QModelIndex findingRow(const QString &rule) const;
    QString detailsText() const;
    QModelIndex treeRow(int module) const;
    int treeModule() const;
    void selectFinding(int module, const QString &rule);
    QAction *menuAction(const QString &menu, const QString &text) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_sample;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this run's own: two runs at once (a build tree's and a fresh clone's) must not
    // share the recent files and the window's geometry.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeShiftTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    Translator::setLanguage(QStringLiteral("en")); // as main.cpp does: English's plural forms
}

void TestMainWindow::init()
{
    QSettings().clear(); // fresh settings for every test
    Document::setSlowApplyMilliseconds(50);
    Dialogs::setNextAnswers({});
    Dialogs::setNextFileNames({});
    Dialogs::clearShownErrors();
    m_dir = std::make_unique<QTemporaryDir>();
    m_sample = m_dir->filePath(QStringLiteral("sample.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_SAMPLE), m_sample));
    QFile::setPermissions(m_sample, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window) {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
    }
}

void TestMainWindow::openSample()
{
    m_window->openFile(m_sample);
    QTRY_VERIFY(m_window->document()->isOpen());
}

// What the finding details pane says: its visible texts (not those of editors on their way out).
QString TestMainWindow::detailsText() const
{
    QStringList texts;
    const FindingDetails *pane = m_window->findChildren<FindingDetails *>().constFirst();
    for (const QLabel *label : pane->findChildren<QLabel *>()) {
        if (label->isVisibleTo(pane))
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// The tree's row of a module (an index into the analysis), in the model the tree shows.
QModelIndex TestMainWindow::treeRow(int module) const
{
    const QAbstractItemModel *model = m_window->treeView()->model();
    const QModelIndexList rows = model->match(
        model->index(0, 0), ManifestTreeModel::ModuleIndexRole, module, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return rows.value(0);
}

// The module of the tree's current row.
int TestMainWindow::treeModule() const
{
    return m_window->treeView()->currentIndex().data(ManifestTreeModel::ModuleIndexRole).toInt();
}

QModelIndex TestMainWindow::findingRow(const QString &rule) const
{
    FindingsModel *model = m_window->findingsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QString::fromUtf8(model->finding(row)->rule) == rule)
            return model->index(row, FindingsModel::AcceptColumn);
    }
    return {};
}

// Selects a module, and one of its findings by a click on its title, as an operator does.
void TestMainWindow::selectFinding(int module, const QString &rule)
{
    m_window->selectModule(module);
    const QModelIndex row = findingRow(rule);
    QVERIFY2(row.isValid(), qPrintable(rule));
    QTableView *view = m_window->findingsView();
    const QModelIndex title = row.siblingAtColumn(FindingsModel::TitleColumn);
    view->scrollTo(title);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(title).center());
    QCOMPARE(view->currentIndex().row(), row.row());
}

// An action of a menu in the menu bar, by the texts an operator reads.
QAction *TestMainWindow::menuAction(const QString &menu, const QString &text) const
{
    for (QAction *title : m_window->menuBar()->actions()) {
        if (title->text() != menu || !title->menu())
            continue;
        for (QAction *action : title->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::openByApi()
{
    openSample();
    QCOMPARE(m_window->document()->filePath(), m_sample);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("sample.json")));
    QVERIFY(!m_window->statusLabel()->text().isEmpty());
    // The first module needing the operator is selected and shown.
    QVERIFY(m_window->diffView()->fpgaEdit()->toPlainText().contains(QLatin1String("fpga_catapult")));
    QVERIFY(m_window->diffView()->gpuEdit()->toPlainText().contains(QLatin1String("nvidia.com/gpu")));
    QCOMPARE(Settings::recentFiles().value(0), QFileInfo(m_sample).absoluteFilePath());
}

void TestMainWindow::openByDrop()
{
    drop(m_window.get(), {m_sample});
    QTRY_VERIFY(m_window->document()->isOpen());
    QCOMPARE(m_window->document()->filePath(), m_sample);
}

void TestMainWindow::keysAndDropsOnTheGpuSide()
{
    openSample();
    m_window->selectModule(3);
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const QString before = gpu->toPlainText();
    // Tab moves on; it types nothing into the GPU side.
    gpu->setFocus();
    QTRY_VERIFY(gpu->hasFocus());
    QTest::keyClick(gpu, Qt::Key_Tab);
    QVERIFY(!gpu->hasFocus());
    QCOMPARE(gpu->toPlainText(), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    // A manifest dropped on it opens.
    const QString other = m_dir->filePath(QStringLiteral("compute.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/article-compute/input.json"), other));
    drop(gpu->viewport(), {other});
    QTRY_COMPARE(m_window->document()->filePath(), other);
}

void TestMainWindow::openAnotherWhileAFindingIsShown()
{
    // The views hold the findings they show until they reset: opening another file (or the same
    // one again) while a finding is selected must not leave them reading the analysis it replaces.
    const QString other = m_dir->filePath(QStringLiteral("compute.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/article-compute/input.json"), other));
    openSample();
    selectFinding(2, QStringLiteral("resource-limits"));
    m_window->openFile(other);
    QTRY_COMPARE(m_window->document()->filePath(), other);
    m_window->selectModule(0);
    QVERIFY(m_window->findingsView()->currentIndex().isValid());
    m_window->openFile(other);
    QTRY_VERIFY(m_window->document()->isOpen());
    // What the findings show belongs to the document now open.
    const std::vector<Finding> &findings = m_window->document()->analysis().findings;
    for (int row = 0; row < m_window->findingsModel()->rowCount(); ++row) {
        const Finding *f = m_window->findingsModel()->finding(row);
        QVERIFY(f >= findings.data() && f < findings.data() + findings.size());
    }
}

void TestMainWindow::modelsAreConsistent()
{
    openSample();
    QAbstractItemModelTester tree(
        m_window->treeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findings(
        m_window->findingsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rules(
        m_window->rulesView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->selectModule(3);
    m_window->document()->setRuleAccepted(QStringLiteral("binds-to-mounts"), false);
    m_window->document()->undoStack()->undo();
}

void TestMainWindow::toggleChangesGpuSide()
{
    openSample();
    m_window->selectModule(2); // image_classifier
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("WIRESERVER_ADDRESS")));
    const QModelIndex row = findingRow(QStringLiteral("wireserver-env"));
    QVERIFY(row.isValid());
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::mouseClick(
        m_window->findingsView()->viewport(), Qt::LeftButton, {}, checkBoxCenter(m_window->findingsView(), row));
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(gpu->toPlainText().contains(QLatin1String("WIRESERVER_ADDRESS")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->statusLabel()->text().contains(QLatin1String("not GPU-ready")));
}

void TestMainWindow::spaceTogglesTheSelectedFinding()
{
    openSample();
    selectFinding(2, QStringLiteral("wireserver-env")); // the title cell is current, not the check box
    QTableView *view = m_window->findingsView();
    const QModelIndex accept = findingRow(QStringLiteral("wireserver-env"));
    QCOMPARE(accept.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(accept.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(m_window->diffView()->gpuEdit()->toPlainText().contains(QLatin1String("WIRESERVER_ADDRESS")));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(accept.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    // On the check box itself, once too.
    view->setCurrentIndex(accept);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(accept.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
}

void TestMainWindow::changesOutsideCreateOptionsShown()
{
    // edgeAgent's only change is in its env section (no_proxy): the rest of the module is shown,
    // before and after, and follows the decision; a module whose changes are all in createOptions
    // shows none of it.
    openSample();
    DiffView *diff = m_window->diffView();
    m_window->selectModule(0);
    QVERIFY(diff->settingsView()->isVisible());
    QVERIFY(!diff->fpgaSettingsEdit()->toPlainText().contains(QLatin1String("no_proxy")));
    QVERIFY(diff->gpuSettingsEdit()->toPlainText().contains(QLatin1String("no_proxy")));
    QVERIFY(!diff->gpuSettingsEdit()->toPlainText().contains(QLatin1String("createOptions")));
    QVERIFY(!diff->gpuSettingsEdit()->extraSelections().isEmpty()); // the added lines marked
    m_window->document()->setRuleAccepted(QStringLiteral("no-proxy"), false);
    QVERIFY(!diff->settingsView()->isVisible());
    m_window->document()->undoStack()->undo();
    QVERIFY(diff->settingsView()->isVisible());
    m_window->selectModule(2); // image_classifier: createOptions only
    QVERIFY(!diff->settingsView()->isVisible());
}

void TestMainWindow::undoRedo()
{
    openSample();
    m_window->selectModule(2);
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const QString converted = gpu->toPlainText();
    const QModelIndex row = findingRow(QStringLiteral("fpga-to-gpu"));
    QTest::mouseClick(
        m_window->findingsView()->viewport(), Qt::LeftButton, {}, checkBoxCenter(m_window->findingsView(), row));
    const QString rejected = gpu->toPlainText();
    QVERIFY(rejected != converted);
    QVERIFY(rejected.contains(QLatin1String("fpga_catapult")));
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Reject \"FPGA resource becomes a GPU resource\" in image_classifier"));
    // A finding its module has more of its rule is named as the table names it, with its subject.
    const auto &findings = m_window->document()->analysis().findings;
    const auto bind = std::find_if(findings.begin(), findings.end(),
        [](const Finding &f) { return f.rule == std::string_view("binds-to-mounts") && f.moduleIndex == 2; });
    QVERIFY(bind != findings.end());
    m_window->document()->setAccepted(*bind, false);
    QCOMPARE(stack->undoText(),
        QStringLiteral("Reject \"Binds become Mounts: %1\" in image_classifier")
            .arg(QString::fromStdString(bind->subject.str())));
    stack->undo();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(gpu->toPlainText(), converted);
    QVERIFY(!m_window->isWindowModified());
    stack->redo();
    QCOMPARE(gpu->toPlainText(), rejected);
    QCOMPARE(findingRow(QStringLiteral("fpga-to-gpu")).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestMainWindow::ruleForEveryModule()
{
    openSample();
    QTableView *rules = m_window->rulesView();
    QModelIndex binds;
    for (int row = 0; row < rules->model()->rowCount(); ++row) {
        if (rules->model()->index(row, 0).data(Qt::UserRole + 1).toString() == QLatin1String("binds-to-mounts"))
            binds = rules->model()->index(row, 0);
    }
    QVERIFY(binds.isValid());
    QCOMPARE(binds.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {}, checkBoxCenter(rules, binds));
    QCOMPARE(binds.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const Analysis &a = m_window->document()->analysis();
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        if (a.findings[i].rule == "binds-to-mounts")
            QCOMPARE(m_window->document()->result().states[i], FindingState::Rejected);
    }
    // One finding accepted again: the rule is partly accepted.
    m_window->selectModule(2);
    const QModelIndex row = findingRow(QStringLiteral("binds-to-mounts"));
    QTest::mouseClick(
        m_window->findingsView()->viewport(), Qt::LeftButton, {}, checkBoxCenter(m_window->findingsView(), row));
    QCOMPARE(binds.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
}

void TestMainWindow::editModuleNameMovesRoutes()
{
    openSample();
    m_window->selectModule(2); // image_classifier
    const QModelIndex row = findingRow(QStringLiteral("module-name"));
    QVERIFY(row.isValid());
    m_window->findingsView()->setCurrentIndex(row.siblingAtColumn(FindingsModel::TitleColumn));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_name"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("image-classifier"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("scorer"));
    // Every keystroke of one parameter is one undo step.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QTreeView *tree = m_window->treeView();
    const QModelIndex routes = tree->model()->index(ManifestTreeModel::Routes, 0);
    QStringList texts;
    for (int r = 0; r < tree->model()->rowCount(routes); ++r)
        texts << tree->model()->index(r, ManifestTreeModel::NameColumn, routes).data().toString();
    QVERIFY2(
        texts.join('\n').contains(QLatin1String("/messages/modules/scorer/outputs")), qPrintable(texts.join('\n')));
    QVERIFY(texts.join('\n').contains(QLatin1String("BrokeredEndpoint(\"/modules/scorer/inputs/frames\")")));
    QVERIFY(!texts.join('\n').contains(QLatin1String("image_classifier")));
    // Long routes do not squeeze the names: the counts' column stays narrow and in view.
    const QHeaderView *header = tree->header();
    QVERIFY(
        header->sectionSize(ManifestTreeModel::NameColumn) > 2 * header->sectionSize(ManifestTreeModel::StatusColumn));
    QVERIFY(header->sectionViewportPosition(ManifestTreeModel::StatusColumn)
            + header->sectionSize(ManifestTreeModel::StatusColumn)
        <= tree->viewport()->width());
    QVERIFY(m_window->diffView()->gpuEdit()->parentWidget());
    const QModelIndex twins = tree->model()->index(ManifestTreeModel::Twins, 0);
    QCOMPARE(tree->model()->index(0, 0, twins).data().toString(), QStringLiteral("scorer"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(tree->model()->index(0, 0, twins).data().toString(), QStringLiteral("image-classifier"));
}

void TestMainWindow::ruleForEveryModuleRefreshesInFewSignals()
{
    // A rule decided for every module changes every module's row. The tree measures all its rows
    // for each change it is told about: told row by row, 5,000 modules froze the window for 45 s.
    QJsonObject modules;
    for (int i = 0; i < 300; ++i) {
        modules.insert(QStringLiteral("m%1").arg(i),
            QJsonObject {{"type", "docker"},
                {"settings",
                    QJsonObject {
                        {"image", "x"}, {"createOptions", R"({"Env":["WIRESERVER_ADDRESS=10.139.218.1"]})"}}}});
    }
    const QJsonObject manifest {{"modulesContent",
        QJsonObject {{"$edgeAgent", QJsonObject {{"properties.desired", QJsonObject {{"modules", modules}}}}}}}};
    const QString path = m_dir->filePath(QStringLiteral("many.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(manifest).toJson());
    file.close();
    m_window->openFile(path);
    QTRY_VERIFY(m_window->document()->isOpen());
    QAbstractItemModel *tree = m_window->treeView()->model();
    const QModelIndex group = tree->index(ManifestTreeModel::Modules, 0);
    QCOMPARE(tree->rowCount(group), 300);
    const QModelIndex last = tree->index(299, ManifestTreeModel::NameColumn, group);
    const QVariant before = last.data(ManifestTreeModel::StatusRole);
    QSignalSpy spy(tree, &QAbstractItemModel::dataChanged);
    m_window->document()->setRuleAccepted(QStringLiteral("wireserver-env"), false);
    QCOMPARE(before.toInt(), int(ModuleStatus::Changed));
    QCOMPARE(last.data(ManifestTreeModel::StatusRole).toInt(), int(ModuleStatus::NeedsOperator));
    QVERIFY2(spy.size() <= 8, qPrintable(QString::number(spy.size())));
    // The rows told about cover every row that changed.
    bool covered = false;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex first = signal.at(0).value<QModelIndex>(), end = signal.at(1).value<QModelIndex>();
        covered = covered || (first.parent() == group && first.row() <= 299 && end.row() >= 299);
    }
    QVERIFY(covered);
}

void TestMainWindow::toggleRefreshesOnlyChangedRows()
{
    // The tree sizes a column to its contents, asking every row it is told about: a toggle tells
    // it about the rows that look different, not all of them.
    openSample();
    Document *document = m_window->document();
    const Finding *rename = nullptr;
    for (const Finding &f : document->analysis().findings) {
        if (f.rule == "module-name" && f.moduleIndex == 2) // image_classifier → image-classifier
            rename = &f;
    }
    QVERIFY(rename);
    QAbstractItemModel *tree = m_window->treeView()->model();
    QSignalSpy spy(tree, &QAbstractItemModel::dataChanged);
    document->setAccepted(*rename, false);
    QSet<int> modules;
    QStringList others;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex first = signal.at(0).value<QModelIndex>();
        const int module = first.data(ManifestTreeModel::ModuleIndexRole).toInt();
        if (module >= 0)
            modules.insert(module);
        else
            others << first.siblingAtColumn(0).data().toString();
    }
    QCOMPARE(modules, QSet<int>({2})); // the renamed module; its neighbours look the same
    QVERIFY2(others.contains(QStringLiteral("image_classifier")), qPrintable(others.join(", "))); // its twin section
    QVERIFY(!others.isEmpty() && others.size() < tree->rowCount(tree->index(ManifestTreeModel::Routes, 0)) + 1);
    QCOMPARE(tree->index(0, 0, tree->index(ManifestTreeModel::Twins, 0)).data().toString(),
        QStringLiteral("image_classifier"));
}

void TestMainWindow::invalidParameterIsRefused()
{
    openSample();
    m_window->selectModule(2);
    m_window->findingsView()->setCurrentIndex(
        findingRow(QStringLiteral("fpga-to-gpu")).siblingAtColumn(FindingsModel::TitleColumn));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_count"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("error_count"));
    QVERIFY(edit && error);
    QTRY_VERIFY(edit->isVisible()); // new rows are shown by the event loop
    QVERIFY(!error->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("two"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("4"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_window->diffView()->gpuEdit()->toPlainText().contains(QLatin1String("\"nvidia.com/gpu\": 4")));
}

void TestMainWindow::errorScrolledIntoView()
{
    // In a short pane, the error under a value is scrolled to as it shows.
    m_window->resize(1024, 600);
    openSample();
    selectFinding(2, QStringLiteral("module-name"));
    m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"))->setSizes({400, 90});
    auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("findingDetailsScroll"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_name"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("error_name"));
    QVERIFY(scroll && edit && error);
    QTRY_VERIFY(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("camera-capture")); // another module's name
    QVERIFY(error->isVisible());
    const auto seen = [&] {
        const QRect shown(error->mapTo(scroll->viewport(), QPoint(0, 0)), error->size());
        return scroll->viewport()->rect().contains(shown.bottomLeft());
    };
    QTRY_VERIFY2(seen(),
        qPrintable(QStringLiteral("error at %1 in a viewport of %2")
                       .arg(error->mapTo(scroll->viewport(), QPoint(0, error->height())).y())
                       .arg(scroll->viewport()->height())));
}

void TestMainWindow::rowsOfOneRuleSayWhatEachIsAbout()
{
    // image_classifier has two binds (one rule, two rows): each row names its bind; a rule with
    // one row keeps its title alone.
    openSample();
    m_window->selectModule(2);
    FindingsModel *model = m_window->findingsModel();
    QStringList binds, others;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString title = model->index(row, FindingsModel::TitleColumn).data().toString();
        (model->finding(row)->rule == std::string_view("binds-to-mounts") ? binds : others) << title;
    }
    QCOMPARE(binds,
        QStringList({QStringLiteral("Binds become Mounts: /home/hcsshares/input:/home/input"),
            QStringLiteral("Binds become Mounts: /home/hcsshares/output:/home/output")}));
    QVERIFY2(others.contains(QStringLiteral("Module name")), qPrintable(others.join(QLatin1Char('|'))));
}

void TestMainWindow::itemsForTheOperatorComeFirst()
{
    // image_classifier: its manual findings (the FPGA image, the Entrypoint) above its fixes and
    // advice, the first selected; a toggle moves no row.
    openSample();
    m_window->selectModule(2);
    FindingsModel *model = m_window->findingsModel();
    QStringList kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds << model->index(row, FindingsModel::KindColumn).data().toString();
    QStringList sorted = kinds;
    const QStringList order {
        QStringLiteral("manual"), QStringLiteral("fix"), QStringLiteral("advice"), QStringLiteral("info")};
    std::stable_sort(sorted.begin(), sorted.end(),
        [&](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    QCOMPARE(kinds, sorted);
    QCOMPARE(kinds.count(QStringLiteral("manual")), 2);
    QCOMPARE(m_window->findingsView()->currentIndex().row(), 0);
    QCOMPARE(model->finding(0)->kind, Kind::Manual);
    std::vector<const Finding *> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.push_back(model->finding(row));
    m_window->document()->setAccepted(*model->finding(findingRow(QStringLiteral("wireserver-env")).row()), false);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->finding(row), rows[std::size_t(row)]);
}

void TestMainWindow::routeShownBeforeAndAfter()
{
    // A route selected in the tree: as written and as the result has it (the module it names
    // renamed), a clause a line, read-only; a decision changes it there, and a module shown again.
    openSample();
    QTreeView *tree = m_window->treeView();
    const QModelIndex routes = tree->model()->index(ManifestTreeModel::Routes, 0);
    tree->setCurrentIndex(tree->model()->index(1, ManifestTreeModel::NameColumn, routes)); // cameraToClassifier
    DiffView *diff = m_window->diffView();
    QCOMPARE(diff->route(), std::size_t(1));
    QCOMPARE(diff->fpgaEdit()->toPlainText(),
        QStringLiteral("FROM /messages/modules/camera-capture/outputs/frames\n"
                       "INTO BrokeredEndpoint(\"/modules/image_classifier/inputs/frames\")"));
    QCOMPARE(diff->gpuEdit()->toPlainText(),
        QStringLiteral("FROM /messages/modules/camera-capture/outputs/frames\n"
                       "INTO BrokeredEndpoint(\"/modules/image-classifier/inputs/frames\")"));
    QVERIFY(diff->gpuEdit()->isReadOnly());
    QVERIFY(!diff->gpuEdit()->extraSelections().isEmpty()); // the renamed line is marked
    m_window->document()->setRuleAccepted(QStringLiteral("module-name"), false);
    QVERIFY(diff->gpuEdit()->toPlainText().contains(QLatin1String("/modules/image_classifier/inputs")));
    // Another route, then a module.
    tree->setCurrentIndex(tree->model()->index(0, ManifestTreeModel::NameColumn, routes));
    QCOMPARE(diff->route(), std::size_t(0));
    QVERIFY(
        diff->fpgaEdit()->toPlainText().startsWith(QLatin1String("FROM /messages/modules/image_classifier/outputs/*")));
    m_window->selectModule(2);
    QCOMPARE(diff->route(), static_cast<std::size_t>(-1));
    QVERIFY(diff->fpgaEdit()->toPlainText().startsWith(QLatin1Char('{')));
}

void TestMainWindow::tabLeavesTheFindings()
{
    // Tab goes from the findings to the next widget, not from cell to cell (nor from row to row).
    openSample();
    selectFinding(2, QStringLiteral("fpga-to-gpu"));
    QTableView *view = m_window->findingsView();
    view->setFocus();
    const int row = view->currentIndex().row();
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentIndex().row(), row);
    QVERIFY(!view->hasFocus());
}

void TestMainWindow::handEditInvalidThenValid()
{
    openSample();
    m_window->selectModule(3); // camera-capture
    DiffView *diff = m_window->diffView();
    QPlainTextEdit *gpu = diff->gpuEdit();
    const QString before = gpu->toPlainText();
    gpu->setPlainText(QStringLiteral("{\n    \"HostConfig\": {\n        \"Privileged\": tru\n    }\n}"));
    diff->commitEdit();
    QVERIFY(diff->hasInvalidEdit());
    // The break is marked (the character underlined), over the lines marked as changed.
    const auto breakLine = [gpu] {
        for (const QTextEdit::ExtraSelection &mark : gpu->extraSelections()) {
            if (mark.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                return mark.cursor.block().blockNumber();
        }
        return -1;
    };
    QCOMPARE(breakLine(), 2);
    QVERIFY(gpu->extraSelections().size() > 2);
    QVERIFY(!diff->fpgaEdit()->extraSelections().isEmpty());
    const QString why = diff->findChild<QLabel *>(QStringLiteral("editStatus"))->text();
    QVERIFY2(why.startsWith(QLatin1String("Line 3, column 23:")) && why.contains(QLatin1String("discard the edit")),
        qPrintable(why));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("saveAction"))
                ->statusTip()
                .contains(QLatin1String("not valid JSON")));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    // A decision changed meanwhile (a rule for every module, then undone) keeps the text being corrected.
    const QString typed = gpu->toPlainText();
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    QCOMPARE(gpu->toPlainText(), typed);
    QVERIFY(diff->hasInvalidEdit());
    QCOMPARE(breakLine(), 2);
    m_window->document()->undoStack()->undo();
    QCOMPARE(gpu->toPlainText(), typed);
    QVERIFY(diff->hasInvalidEdit());

    gpu->setPlainText(QStringLiteral("{\n    \"HostConfig\": {\n        \"Privileged\": true\n    }\n}"));
    diff->commitEdit();
    QVERIFY(!diff->hasInvalidEdit());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("saveAction"))->statusTip().isEmpty());
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QVERIFY(m_window->document()->decisions().handEdit("camera-capture"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("revertHandEdit"))->isVisible());
    // Kept when another decision changes, and in the saved file.
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    QVERIFY(gpu->toPlainText().contains(QLatin1String("\"Privileged\": true")));
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("Binds")));
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QCOMPARE(gpu->toPlainText(), before);
}

void TestMainWindow::handEditInvalidThenTypedBack()
{
    // Valid again without a change of the result: the error and its marks go.
    openSample();
    m_window->selectModule(3); // camera-capture
    DiffView *diff = m_window->diffView();
    QPlainTextEdit *gpu = diff->gpuEdit();
    const QString before = gpu->toPlainText();
    const auto *status = diff->findChild<QLabel *>(QStringLiteral("editStatus"));
    const QString usual = status->text();
    const auto *revert = diff->findChild<QPushButton *>(QStringLiteral("revertHandEdit"));
    gpu->setPlainText(QStringLiteral("{ broken"));
    diff->commitEdit();
    QVERIFY(diff->hasInvalidEdit());
    QVERIFY(revert->isVisible());
    QVERIFY(status->text() != usual);
    gpu->setPlainText(before);
    diff->commitEdit();
    QVERIFY(!diff->hasInvalidEdit());
    QCOMPARE(status->text(), usual);
    QVERIFY(!revert->isVisible());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    const auto marks = gpu->extraSelections();
    for (const QTextEdit::ExtraSelection &mark : marks)
        QVERIFY(mark.format.underlineStyle() != QTextCharFormat::WaveUnderline);
}

void TestMainWindow::redoCommitsTypingFirst()
{
    // Typing not yet committed (the pause before it counts has not passed) is not lost to Redo.
    openSample();
    m_window->selectModule(3); // camera-capture
    QUndoStack *stack = m_window->document()->undoStack();
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    stack->undo();
    QVERIFY(stack->canRedo());
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const QString typed = QStringLiteral("{\n    \"HostConfig\": {\n        \"Privileged\": false\n    }\n}");
    gpu->setPlainText(typed); // the edit timer runs
    QAction *redo = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = action;
    }
    QVERIFY(redo);
    redo->trigger();
    QVERIFY(m_window->document()->decisions().handEdit("camera-capture"));
    QVERIFY(gpu->toPlainText().contains(QLatin1String("\"Privileged\": false")));
    QVERIFY(!stack->canRedo()); // the typing is the newest step
}

void TestMainWindow::handEditSupersedesTheRulesOfItsModule()
{
    // Once the GPU side of a module is edited by hand, its findings on createOptions no longer
    // decide anything: they say so, cannot be toggled, and leave the counts; reverting gives them back.
    openSample();
    m_window->selectModule(2); // image_classifier
    const QModelIndex row = findingRow(QStringLiteral("wireserver-env"));
    QVERIFY(row.flags() & Qt::ItemIsUserCheckable);
    const QString applied = row.siblingAtColumn(FindingsModel::StateColumn).data().toString();
    const Summary before = summarize(m_window->document()->analysis(), m_window->document()->result());
    DiffView *diff = m_window->diffView();
    diff->gpuEdit()->setPlainText(QStringLiteral("{\n    \"HostConfig\": {\n        \"Privileged\": false\n    }\n}"));
    diff->commitEdit();
    QVERIFY(m_window->document()->decisions().handEdit("image_classifier"));
    const QModelIndex edited = findingRow(QStringLiteral("wireserver-env"));
    QVERIFY(!(edited.flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(edited.siblingAtColumn(FindingsModel::StateColumn).data().toString(), QStringLiteral("hand edit"));
    const Summary after = summarize(m_window->document()->analysis(), m_window->document()->result());
    QVERIFY2(
        after.applied < before.applied, qPrintable(QStringLiteral("%1 → %2").arg(before.applied).arg(after.applied)));
    // The rename of the module is outside its createOptions: still the rules'.
    QVERIFY(findingRow(QStringLiteral("module-name")).flags() & Qt::ItemIsUserCheckable);
    // A rule for every module changes nothing more in this one.
    const std::string saved = outputText(m_window->document()->analysis(), m_window->document()->result());
    m_window->document()->setRuleAccepted(QStringLiteral("wireserver-env"), false);
    const Json result = Json::parse(outputText(m_window->document()->analysis(), m_window->document()->result()));
    const Json &module = result["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["image-classifier"];
    QCOMPARE(Json::parse(module["settings"]["createOptions"].get<std::string>()),
        Json::parse(R"({"HostConfig":{"Privileged":false}})"));
    m_window->document()->undoStack()->undo(); // the rule
    QCOMPARE(outputText(m_window->document()->analysis(), m_window->document()->result()), saved);
    // Its values would change nothing either: they cannot be edited while the hand edit decides.
    selectFinding(2, QStringLiteral("fpga-to-gpu"));
    auto *count = m_window->findChild<QLineEdit *>(QStringLiteral("param_count"));
    QVERIFY(count);
    QVERIFY(!count->isEnabled());
    m_window->findChild<QPushButton *>(QStringLiteral("revertHandEdit"))->click();
    const QModelIndex reverted = findingRow(QStringLiteral("wireserver-env"));
    QVERIFY(reverted.flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(reverted.siblingAtColumn(FindingsModel::StateColumn).data().toString(), applied);
    selectFinding(2, QStringLiteral("fpga-to-gpu"));
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("param_count"))->isEnabled());
}

void TestMainWindow::handEditStaysAsTyped()
{
    // A valid hand edit is taken as typed: the text, its layout and the cursor stay while the
    // operator goes on typing; the rules' own result laid out another way is no hand edit.
    openSample();
    m_window->selectModule(2); // image_classifier
    Document *document = m_window->document();
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const Json rules = document->result().optionsOf(document->analysis(), 2);
    gpu->setFocus();
    gpu->setPlainText(QString::fromStdString(json::compact(rules)));
    m_window->diffView()->commitEdit();
    QVERIFY(!document->decisions().handEdit("image_classifier"));
    QCOMPARE(document->undoStack()->count(), 0);

    const QString typed = QStringLiteral("{\"HostConfig\": {\"Privileged\": false}, \"Env\": [\"A=1\"]}");
    gpu->setPlainText(typed);
    QTextCursor cursor = gpu->textCursor();
    cursor.setPosition(20);
    gpu->setTextCursor(cursor);
    m_window->diffView()->commitEdit();
    QVERIFY(document->decisions().handEdit("image_classifier"));
    QCOMPARE(gpu->toPlainText(), typed);
    QCOMPARE(gpu->textCursor().position(), 20);
    // Laid out again once something else changes the result.
    document->setAccepted(*m_window->findingsModel()->finding(findingRow(QStringLiteral("module-name")).row()), false);
    QVERIFY(gpu->toPlainText() != typed);
    QCOMPARE(Json::parse(gpu->toPlainText().toStdString()), Json::parse(typed.toStdString()));
}

void TestMainWindow::undoInTheGpuSideIsTheWindows()
{
    // Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) in the GPU side step through the window's decisions and edits: what
    // was typed is a step of its own, undone whole, and redone.
    openSample();
    m_window->selectModule(2); // image_classifier
    Document *document = m_window->document();
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const QString before = gpu->toPlainText();
    gpu->setFocus();
    QTest::keyClick(gpu, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(gpu, QStringLiteral(" "));
    QCOMPARE(gpu->toPlainText(), before + QLatin1Char(' ')); // laid out otherwise: no step
    gpu->setPlainText(QStringLiteral("{\"HostConfig\": {\"Privileged\": true}}"));
    QTest::keyClick(gpu, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!document->decisions().handEdit("image_classifier")); // taken, then undone
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->index(), 0);
    QCOMPARE(gpu->toPlainText(), before);
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0]; // (the platform's: Ctrl+Shift+Z, Ctrl+Y)
    QTest::keyClick(gpu, redo.key(), redo.keyboardModifiers());
    QVERIFY(document->decisions().handEdit("image_classifier"));
    QVERIFY(gpu->toPlainText().contains(QLatin1String("\"Privileged\": true")));

    // What the rules would still change in a hand edit is left for the operator, as EdgeShift's
    // own check.
    gpu->setPlainText(QStringLiteral("{\"Env\": [\"WIRESERVER_ADDRESS=10.139.218.1\"]}"));
    m_window->diffView()->commitEdit();
    selectFinding(2, QStringLiteral("hand-edit-incomplete"));
    QVERIFY(detailsText().contains(QLatin1String("wireserver-env")));
    QVERIFY(detailsText().contains(QLatin1String("EdgeShift's own check")));
    QVERIFY(!detailsText().contains(QLatin1String("From the article")));
    QVERIFY(m_window->statusLabel()->text().contains(QLatin1String("not GPU-ready")));
}

void TestMainWindow::typedHostPortMovesAProposal()
{
    // telemetry-relay: reserved-ports proposes 35002 for 8443 (not accepted), expose-hostport
    // binds the exposed 35000 to 35003. Typing 35002 for the latter moves the former's proposal to
    // a free port, in the same step: accepted then, no host port is given twice.
    openSample();
    selectFinding(4, QStringLiteral("expose-hostport"));
    Document *document = m_window->document();
    const Finding *reserved = m_window->findingsModel()->finding(findingRow(QStringLiteral("reserved-ports")).row());
    QCOMPARE(document->decisions().param(*reserved, reserved->params.front()), std::string("35002"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_hostPort"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("35002"));
    QTest::keyClick(edit, Qt::Key_Return);
    // (35003, which the exposed port no longer takes.)
    QCOMPARE(document->decisions().param(*reserved, reserved->params.front()), std::string("35003"));
    QCOMPARE(document->undoStack()->count(), 1);
    document->setAccepted(*reserved, true);
    QCOMPARE(document->stateOf(*reserved), FindingState::Applied);
    const QString gpu = m_window->diffView()->gpuEdit()->toPlainText();
    QVERIFY(gpu.contains(QLatin1String("\"HostPort\": \"35002\"")));
    QVERIFY(gpu.contains(QLatin1String("\"HostPort\": \"35003\"")));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->decisions().param(*reserved, reserved->params.front()), std::string("35002"));

    // The other way round: the port expose-hostport proposes (35003), typed for reserved-ports,
    // moves that proposal (accepted, as a fix is) rather than be refused.
    selectFinding(4, QStringLiteral("reserved-ports"));
    auto *port = m_window->findChild<QLineEdit *>(QStringLiteral("param_hostPort"));
    QVERIFY(port);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("35003"));
    QTest::keyClick(port, Qt::Key_Return);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("error_hostPort"))->isVisible());
    QCOMPARE(document->decisions().param(*reserved, reserved->params.front()), std::string("35003"));
    const Finding *exposed = m_window->findingsModel()->finding(findingRow(QStringLiteral("expose-hostport")).row());
    // (To the next free port above it: 35004.)
    QCOMPARE(document->decisions().param(*exposed, exposed->params.front()), std::string("35004"));
    QCOMPARE(document->stateOf(*reserved), FindingState::Applied);
    QCOMPARE(document->stateOf(*exposed), FindingState::Applied);
}

void TestMainWindow::wholeShareReplacesTheBindsChange()
{
    // Accepting share-subfolder (the whole share as a volume) decides that bind: binds-to-mounts'
    // row for it says so and cannot be toggled until share-subfolder is rejected again.
    openSample();
    m_window->selectModule(3); // camera-capture: /home/hcsshares/videos/cam1:/videos
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    QVERIFY(gpu->toPlainText().contains(QLatin1String("\"/home/hcsshares/videos/cam1\"")));
    const QModelIndex bind = findingRow(QStringLiteral("binds-to-mounts"));
    QVERIFY(bind.flags() & Qt::ItemIsUserCheckable);
    const QString applied = bind.siblingAtColumn(FindingsModel::StateColumn).data().toString();
    const QModelIndex share = findingRow(QStringLiteral("share-subfolder"));
    QCOMPARE(share.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTest::mouseClick(
        m_window->findingsView()->viewport(), Qt::LeftButton, {}, checkBoxCenter(m_window->findingsView(), share));
    QCOMPARE(share.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("/home/hcsshares/videos/cam1")));
    QVERIFY(gpu->toPlainText().contains(QLatin1String("\"Source\": \"videos\"")));

    const QModelIndex replaced = findingRow(QStringLiteral("binds-to-mounts"));
    QVERIFY(!(replaced.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!replaced.data(Qt::CheckStateRole).isValid());
    QCOMPARE(replaced.siblingAtColumn(FindingsModel::StateColumn).data().toString(), QStringLiteral("replaced"));
    QVERIFY(replaced.data(Qt::ToolTipRole).toString().contains(QLatin1String("share-subfolder")));
    selectFinding(3, QStringLiteral("binds-to-mounts"));
    auto *notMade = m_window->findChild<QLabel *>(QStringLiteral("notMade"));
    QVERIFY(notMade && notMade->isVisibleTo(m_window.get()));
    QVERIFY(notMade->text().contains(QLatin1String("share-subfolder")));

    m_window->document()->undoStack()->undo();
    QCOMPARE(
        findingRow(QStringLiteral("binds-to-mounts")).siblingAtColumn(FindingsModel::StateColumn).data().toString(),
        applied);
    QVERIFY(findingRow(QStringLiteral("binds-to-mounts")).flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!notMade->isVisibleTo(m_window.get()));
}

void TestMainWindow::leavingAnInvalidHandEditAsks()
{
    // Invalid JSON typed into the GPU side is not thrown away when another module is selected
    // without asking: Keep Editing goes back to it, Discard goes on.
    openSample();
    m_window->selectModule(3); // camera-capture
    DiffView *diff = m_window->diffView();
    QPlainTextEdit *gpu = diff->gpuEdit();
    QTreeView *tree = m_window->treeView();
    gpu->setFocus();
    QTRY_VERIFY(gpu->hasFocus());
    gpu->moveCursor(QTextCursor::End);
    QTest::keyClicks(gpu, QStringLiteral(",")); // another module at once, before the pause that takes it
    const QString typed = gpu->toPlainText();
    Dialogs::setNextAnswers({QMessageBox::Cancel}); // Keep Editing
    const QModelIndex other = treeRow(2); // image_classifier
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(other).center());
    QTRY_COMPARE(treeModule(), 3);
    QCOMPARE(tree->selectionModel()->selectedRows(), QModelIndexList {treeRow(3)});
    QCOMPARE(diff->module(), std::size_t(3));
    QCOMPARE(gpu->toPlainText(), typed);
    QVERIFY(diff->hasInvalidEdit());
    QVERIFY(!gpu->extraSelections().isEmpty()); // the break is still marked
    QTRY_VERIFY(gpu->hasFocus());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());

    Dialogs::setNextAnswers({QMessageBox::Discard});
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up); // image_classifier, the row above
    QTRY_COMPARE(diff->module(), std::size_t(2));
    QCOMPARE(treeModule(), 2);
    QVERIFY(!diff->hasInvalidEdit());
    QCOMPARE(gpu->toPlainText(), QString::fromStdString(m_window->document()->resultText(2)));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
    // Camera-capture lost the edit: it shows its converted createOptions again.
    m_window->selectModule(3);
    QCOMPARE(diff->module(), std::size_t(3));
    QCOMPARE(gpu->toPlainText(), QString::fromStdString(m_window->document()->resultText(3)));
}

void TestMainWindow::filteringAnInvalidHandEditAwayAsks()
{
    // Only modules needing attention hides my-module (nothing left to decide there): the invalid
    // JSON on its GPU side is not hidden without asking, and Keep Editing shows every module again.
    m_window->openFile(QStringLiteral(EDGESHIFT_TEST_DATA "/name-collision/input.json"));
    QTRY_VERIFY(m_window->document()->isOpen());
    m_window->selectModule(0); // my-module
    DiffView *diff = m_window->diffView();
    QPlainTextEdit *gpu = diff->gpuEdit();
    gpu->setPlainText(gpu->toPlainText() + QLatin1Char(','));
    diff->commitEdit();
    QVERIFY(diff->hasInvalidEdit());
    const QString typed = gpu->toPlainText();
    auto *attention = m_window->findChild<QCheckBox *>(QStringLiteral("attentionOnly"));
    Dialogs::setNextAnswers({QMessageBox::Cancel}); // Keep Editing
    attention->setChecked(true);
    QTRY_VERIFY(!attention->isChecked());
    QCOMPARE(treeModule(), 0);
    QCOMPARE(diff->module(), std::size_t(0));
    QCOMPARE(gpu->toPlainText(), typed);
    QVERIFY(diff->hasInvalidEdit());

    Dialogs::setNextAnswers({QMessageBox::Discard});
    attention->setChecked(true);
    QTRY_COMPARE(diff->module(), std::size_t(1)); // my_module, the row left
    QVERIFY(attention->isChecked());
    QCOMPARE(treeModule(), 1);
    QVERIFY(!treeRow(0).isValid());
    QVERIFY(!diff->hasInvalidEdit());
}

void TestMainWindow::saveAndReadBack()
{
    openSample();
    m_window->selectModule(2);
    QTest::mouseClick(m_window->findingsView()->viewport(), Qt::LeftButton, {},
        checkBoxCenter(m_window->findingsView(), findingRow(QStringLiteral("wireserver-env"))));
    QVERIFY(m_window->document()->isModified());
    const QString target = m_dir->filePath(QStringLiteral("sample.gpu.json"));
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->save());
    QVERIFY(!m_window->document()->isModified());
    // The status bar says so, in the room the counts leave it for a while.
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Saved ")));
    QVERIFY(!summary->isVisibleTo(m_window.get()));
    m_window->statusBar()->clearMessage();
    QVERIFY(summary->isVisibleTo(m_window.get()));
    QJsonParseError error;
    const QJsonDocument saved = QJsonDocument::fromJson(read(target), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QByteArray bytes = read(target);
    QVERIFY(bytes.contains("nvidia.com/gpu"));
    QVERIFY(bytes.contains("WIRESERVER_ADDRESS")); // the rejected fix is not applied
    QVERIFY(bytes.contains("\"image-classifier\""));
    // What is saved is the core's output: the changes made in the input's own text.
    QCOMPARE(
        bytes, QByteArray::fromStdString(outputText(m_window->document()->analysis(), m_window->document()->result())));
    // The input is untouched.
    QCOMPARE(read(m_sample), read(QStringLiteral(EDGESHIFT_SAMPLE)));
    // A new file is no more readable than the input (0600 here), which may hold secrets.
    QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestMainWindow::saveOverAnotherFileAsksFirst()
{
    // A file the save would write over: asked about once, as that one file; No keeps it.
    openSample();
    const QString target = m_dir->filePath(QStringLiteral("exists.gpu.json"));
    write(target, "keep me");
    Dialogs::setNextFileNames({target});
    Dialogs::setNextAnswers({QMessageBox::No});
    QVERIFY(!m_window->save());
    QCOMPARE(read(target), QByteArray("keep me"));
    Dialogs::setNextFileNames({target});
    Dialogs::setNextAnswers({QMessageBox::Yes});
    QVERIFY(m_window->save());
    QVERIFY(read(target).contains("nvidia.com/gpu"));
}

void TestMainWindow::saveFailureKeepsPreviousFile()
{
    openSample();
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    // A folder where the file should go, and a folder that does not exist: both fail, say why,
    // and leave everything as it was.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked.json"));
    QVERIFY(QDir().mkpath(blocked + QStringLiteral("/inner")));
    const QString missing = m_dir->filePath(QStringLiteral("missing/out.json"));
    Dialogs::setNextFileNames({blocked, missing});
    QVERIFY(!m_window->save());
    QVERIFY(!m_window->save());
    QCOMPARE(Dialogs::shownErrors().size(), 2);
    QVERIFY(Dialogs::shownErrors().at(0).contains(QLatin1String("blocked.json")));
    QVERIFY(Dialogs::shownErrors().at(1).contains(QLatin1String("out.json")));
    QVERIFY(QFileInfo(blocked + QStringLiteral("/inner")).isDir());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
    QVERIFY(m_window->document()->isModified()); // nothing was saved
}

void TestMainWindow::unchangedConversionCopiesInput()
{
    // A single conversion keeps no text: when nothing changes it copies the input file, byte for
    // byte; when the input has gone meanwhile it says so, and writes nothing.
    QString error;
    const std::shared_ptr<Analysis> analysis = FileIo::load(m_sample, error, AnalysisUse::SingleConversion);
    QVERIFY2(analysis, qPrintable(error));
    QVERIFY(!analysis->manifest->keepsText());
    Decisions none;
    for (const RuleInfo &info : allRuleInfos())
        none.setRule(info.id, false);
    const Result result = apply(*analysis, none, false);
    QVERIFY(!result.changed);
    const QString out = m_dir->filePath(QStringLiteral("copy.json"));
    QVERIFY2(FileIo::saveResult(m_sample, out, *analysis, result, error), qPrintable(error));
    QCOMPARE(read(out), read(m_sample));
    QVERIFY(QFile::remove(m_sample));
    const QString again = m_dir->filePath(QStringLiteral("again.json"));
    QVERIFY(!FileIo::saveResult(m_sample, again, *analysis, result, error));
    QVERIFY2(error.contains(QLatin1String("sample.json")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(again));
}

void TestMainWindow::dropSeveralFiles()
{
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/routes-rename/input.json"), second));
    const QString junk = m_dir->filePath(QStringLiteral("notes.txt"));
    write(junk, "not a manifest");
    drop(m_window.get(), {m_sample, second, junk});
    QTRY_VERIFY(m_window->batchSummary() && m_window->batchSummary()->isVisible());
    QTableWidget *table = m_window->batchSummary()->table();
    QCOMPARE(table->rowCount(), 3);
    QStringList labels;
    for (const QLabel *label : m_window->batchSummary()->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(QLatin1String("2 of 3 files converted, each beside its source as <name>.gpu.json.")),
        qPrintable(labels.join(QLatin1Char('\n'))));
    QVERIFY(read(m_dir->filePath(QStringLiteral("sample.gpu.json"))).contains("nvidia.com/gpu"));
    QVERIFY(read(m_dir->filePath(QStringLiteral("second.gpu.json"))).contains("temp-sensor"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("notes.gpu.json"))));
    QVERIFY(table->item(2, 2)->text().contains(QLatin1String("notes.txt"))); // why, across both counts
    QCOMPARE(table->columnSpan(2, 2), 2);
    QVERIFY(table->item(0, 2)->text().toInt() > 0);
    QVERIFY(table->item(0, 3)->text().toInt() > 0);
    // A file in the summary opens in the window.
    table->setCurrentCell(1, 0);
    QTest::mouseClick(
        m_window->batchSummary()->findChild<QPushButton *>(QStringLiteral("openInWindow")), Qt::LeftButton);
    QTRY_VERIFY(m_window->document()->isOpen());
    QCOMPARE(m_window->document()->filePath(), second);
}

void TestMainWindow::dropNeverReplacesADroppedFile()
{
    // x.json and x.gpu.json dropped together: x.gpu.json is an input being read, never replaced
    // by x.json's result, not even when the operator says to replace existing files.
    const QString converted = m_dir->filePath(QStringLiteral("sample.gpu.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/gpu-ready/input.json"), converted));
    const QString other = m_dir->filePath(QStringLiteral("other.json"));
    QVERIFY(QFile::copy(m_sample, other));
    write(m_dir->filePath(QStringLiteral("other.gpu.json")), "replace me");
    const QByteArray before = read(converted);
    Dialogs::setNextAnswers({QMessageBox::Yes});
    drop(m_window.get(), {m_sample, converted, other});
    QTRY_VERIFY(m_window->batchSummary() && m_window->batchSummary()->isVisible());
    QCOMPARE(read(converted), before);
    QVERIFY(read(m_dir->filePath(QStringLiteral("other.gpu.json"))).contains("nvidia.com/gpu")); // asked: replaced
    // The converted manifest is not converted again (into sample.gpu.gpu.json): skipped, saying why.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("sample.gpu.gpu.json"))));
    QTableWidget *table = m_window->batchSummary()->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Skipped"));
    QVERIFY(table->item(1, 2)->text().contains(QLatin1String("converted manifest already")));
}

void TestMainWindow::dropSkipsExistingWhenAsked()
{
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(QFile::copy(m_sample, second));
    const QString existing = m_dir->filePath(QStringLiteral("second.gpu.json"));
    write(existing, "keep me");
    Dialogs::setNextAnswers({QMessageBox::No});
    drop(m_window.get(), {m_sample, second});
    QTRY_VERIFY(m_window->batchSummary() && m_window->batchSummary()->isVisible());
    QCOMPARE(read(existing), QByteArray("keep me"));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("sample.gpu.json"))));
    QCOMPARE(m_window->batchSummary()->table()->rowCount(), 2);
}

void TestMainWindow::cancelBatch()
{
    // Forty manifests of 400 modules each: long enough to cancel while they convert.
    QJsonObject root = QJsonDocument::fromJson(read(m_sample)).object();
    QJsonObject content = root[QStringLiteral("modulesContent")].toObject();
    QJsonObject agent = content[QStringLiteral("$edgeAgent")].toObject();
    QJsonObject desired = agent[QStringLiteral("properties.desired")].toObject();
    QJsonObject modules = desired[QStringLiteral("modules")].toObject();
    const QJsonValue module = modules[QStringLiteral("image_classifier")];
    for (int i = 0; i < 400; ++i)
        modules[QStringLiteral("scorer_%1").arg(i)] = module;
    desired[QStringLiteral("modules")] = modules;
    agent[QStringLiteral("properties.desired")] = desired;
    content[QStringLiteral("$edgeAgent")] = agent;
    root[QStringLiteral("modulesContent")] = content;
    const QByteArray large = QJsonDocument(root).toJson();
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        files << m_dir->filePath(QStringLiteral("many-%1.json").arg(i));
        write(files.last(), large);
    }
    m_window->convertFiles(files);
    QVERIFY(m_window->isConverting());
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("batchProgress"));
    QVERIFY(progress);
    progress->findChild<QPushButton *>()->click(); // the dialog's Cancel button
    QTRY_VERIFY(m_window->batchSummary() && m_window->batchSummary()->isVisible());
    QVERIFY(!m_window->isConverting());
    QTableWidget *table = m_window->batchSummary()->table();
    QCOMPARE(table->rowCount(), int(files.size()));
    int canceled = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString output = m_dir->filePath(QStringLiteral("many-%1.gpu.json").arg(row));
        if (table->item(row, 1)->text() == QLatin1String("Canceled")) {
            ++canceled;
            QVERIFY(!QFile::exists(output));
        } else {
            QVERIFY(read(output).contains("nvidia.com/gpu")); // what was written is whole
        }
    }
    QVERIFY(canceled > 0);
}

void TestMainWindow::notAManifest()
{
    const QString junk = m_dir->filePath(QStringLiteral("array.json"));
    write(junk, "[1, 2, 3]");
    Dialogs::setNextAnswers({});
    drop(m_window.get(), {junk});
    QTRY_COMPARE(Dialogs::shownErrors().size(), 1);
    QVERIFY(Dialogs::shownErrors().constFirst().contains(QLatin1String("array.json")));
    QVERIFY(!m_window->document()->isOpen());
    QCOMPARE(read(junk), QByteArray("[1, 2, 3]"));
}

void TestMainWindow::unsavedChangesGuard()
{
    openSample();
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    QVERIFY(m_window->isWindowModified());
    Dialogs::setNextAnswers({QMessageBox::Cancel});
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    // Opening another file asks too; Cancel keeps the decisions.
    Dialogs::setNextAnswers({QMessageBox::Cancel});
    m_window->openFile(QStringLiteral(EDGESHIFT_TEST_DATA "/routes-rename/input.json"));
    QVERIFY(!m_window->isLoading());
    QCOMPARE(m_window->document()->filePath(), m_sample);
    // Save writes and closes.
    const QString target = m_dir->filePath(QStringLiteral("guarded.gpu.json"));
    Dialogs::setNextAnswers({QMessageBox::Save});
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->close());
    QVERIFY(read(target).contains("128Mi"));
}

void TestMainWindow::decisionsMadeWhileLoadingAreKept()
{
    // Nothing to ask when the load starts; the operator decides something while it loads: asked
    // before the new manifest replaces the decisions, Cancel keeps them.
    openSample();
    const QString other = QStringLiteral(EDGESHIFT_TEST_DATA "/routes-rename/input.json");
    m_window->openFile(other);
    QVERIFY(m_window->isLoading());
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    m_window->openFile(other); // a second open while loading waits, and says so
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Still opening")));
    Dialogs::setNextAnswers({QMessageBox::Cancel});
    QTRY_VERIFY(!m_window->isLoading());
    QCOMPARE(Dialogs::pendingAnswers(), std::size_t(0));
    QCOMPARE(m_window->document()->filePath(), m_sample);
    QVERIFY(m_window->isWindowModified());
    // Discarding them opens it.
    m_window->document()->undoStack()->setClean();
    m_window->openFile(other);
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), false);
    Dialogs::setNextAnswers({QMessageBox::Discard});
    QTRY_VERIFY(!m_window->isLoading());
    QCOMPARE(m_window->document()->filePath(), other);
}

void TestMainWindow::attentionFilter()
{
    openSample();
    QTreeView *tree = m_window->treeView();
    const QModelIndex system = tree->model()->index(ManifestTreeModel::SystemModules, 0);
    const int all = tree->model()->rowCount(system);
    QCOMPARE(all, 2);
    const int groups = tree->model()->rowCount();
    const QString systemTitle = system.data().toString();
    m_window->findChild<QCheckBox *>(QStringLiteral("attentionOnly"))->setChecked(true);
    // No system module needs the operator (only changes there): their group goes with them.
    QCOMPARE(tree->model()->rowCount(), groups - 1);
    QVERIFY(tree->model()->index(0, 0).data().toString() != systemTitle);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 5);
    QVERIFY(Settings::attentionOnly());
    // Rejecting no-proxy (a fix) leaves the system modules to the operator: their group comes back.
    m_window->document()->setRuleAccepted(QStringLiteral("no-proxy"), false);
    QCOMPARE(tree->model()->rowCount(), groups);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), systemTitle);
    m_window->document()->undoStack()->undo();
    QCOMPARE(tree->model()->rowCount(), groups - 1);
    m_window->findChild<QCheckBox *>(QStringLiteral("attentionOnly"))->setChecked(false);
    QCOMPARE(tree->model()->rowCount(), groups);
}

void TestMainWindow::geometryRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    m_window->resize(1100, 700);
    splitter->setSizes({200, 500, 400});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1100, 700));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::firstSizeFitsTheScreen()
{
    // No size remembered yet (init() clears the settings): the window opens within its screen,
    // which offscreen is smaller than the 1280×800 it takes on a large one.
    const QSize screen = m_window->screen()->availableGeometry().size();
    QVERIFY2(screen.width() < 1280 || screen.height() < 800, "the test needs a screen smaller than 1280×800");
    QVERIFY2(m_window->width() <= screen.width() && m_window->height() <= screen.height(),
        qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                       .arg(m_window->width())
                       .arg(m_window->height())
                       .arg(screen.width())
                       .arg(screen.height())));
}

void TestMainWindow::detailsScrollInASmallWindow()
{
    // In a small window, in Japanese, a long explanation with its parameters scrolls: nothing is
    // cut on the right, nothing below.
    Translator::setLanguage(QStringLiteral("ja"));
    const std::unique_ptr<void, void (*)(void *)> restore(
        this, [](void *) { Translator::setLanguage(QStringLiteral("en")); });
    m_window->resize(1024, 700);
    openSample();
    m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({300, 544, 180});
    selectFinding(2, QStringLiteral("binds-to-mounts")); // a long explanation, and a mount type to choose
    auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("findingDetailsScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->widget()->findChild<QComboBox *>());
    // (The pane made narrower than its editors: a scroll bar reaches what does not fit.)
    const int hidden = scroll->widget()->width() - scroll->viewport()->width();
    QTRY_VERIFY2(hidden <= 0 || scroll->horizontalScrollBar()->maximum() >= hidden,
        qPrintable(QStringLiteral("%1 pixels out of reach").arg(hidden)));
    QVERIFY(scroll->widget()->height() >= scroll->widget()->minimumSizeHint().height());
}

void TestMainWindow::findingTitlesFitTheirRows()
{
    // However wide the findings pane is made, in Japanese too, every title has the lines it needs:
    // none is cut short.
    Translator::setLanguage(QStringLiteral("ja"));
    const std::unique_ptr<void, void (*)(void *)> restore(
        this, [](void *) { Translator::setLanguage(QStringLiteral("en")); });
    m_window->resize(1280, 800);
    openSample();
    selectFinding(2, QStringLiteral("binds-to-mounts"));
    QTableView *view = m_window->findingsView();
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    for (const int findings : {600, 300, 420, 250, 500}) {
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes[0], sizes[1] + sizes[2] - findings, findings});
        QCoreApplication::processEvents();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            // The lines the title wraps onto, as the style lays them out to draw them: a line is
            // cut short (elided) where one more of its height would not fit below it, and more
            // text follows.
            const QString title = view->model()->index(row, FindingsModel::TitleColumn).data().toString();
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const int room = view->rowHeight(row) - (view->showGrid() ? 1 : 0);
            QTextLayout layout(title, view->font());
            QTextOption wrap;
            wrap.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(wrap);
            layout.beginLayout();
            qreal height = 0;
            int cut = -1;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(view->columnWidth(FindingsModel::TitleColumn) - 2 * margin);
                height += line.height();
                if (cut < 0 && height + line.height() > room && line.textStart() + line.textLength() < title.size())
                    cut = line.lineNumber();
            }
            layout.endLayout();
            QVERIFY2(cut < 0 && height <= room,
                qPrintable(QStringLiteral("pane %1 px, row %2 (%3): %4 px for %5 px of text, cut at line %6")
                               .arg(findings)
                               .arg(row)
                               .arg(title)
                               .arg(room)
                               .arg(height)
                               .arg(cut)));
        }
    }
}

void TestMainWindow::switchLanguage()
{
    openSample();
    auto language = [this](const QString &code) {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isCheckable() && action->data().toString() == code && action->actionGroup())
                return action;
        }
        return static_cast<QAction *>(nullptr);
    };
    QMenuBar *menus = m_window->menuBar();
    const QString file = menus->actions().constFirst()->text();
    const QString status = m_window->statusLabel()->text();
    const QString header
        = m_window->findingsView()->model()->headerData(FindingsModel::TitleColumn, Qt::Horizontal).toString();
    QCOMPARE(file, QStringLiteral("&File"));

    selectFinding(2, QStringLiteral("fpga-to-gpu"));
    QTRY_VERIFY(detailsText().contains(QLatin1String("GPU count"))); // (editors are shown once the event loop runs)
    const QString details = detailsText();
    // Edit → Undo names the step to undo, in the language of the moment.
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    QAction *undo = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    const QString undoText = undo->text();
    QVERIFY2(undoText.startsWith(QLatin1String("&Undo Accept ")), qPrintable(undoText));

    language(QStringLiteral("ja"))->trigger();
    QCOMPARE(Translator::language(), QStringLiteral("ja"));
    QTRY_VERIFY2(!detailsText().contains(QLatin1String("GPU count")), qPrintable(detailsText()));
    QVERIFY(detailsText() != details);
    QTRY_VERIFY(menus->actions().constFirst()->text().contains(QStringLiteral("ファイル"))); // LanguageChange is posted
    QCOMPARE(Messages::listSeparator(), QStringLiteral("、")); // lists in sentences, the language's way
    // View → Rules keeps its key in Japanese too (the dock's title gives its action none).
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("rulesDock"))->toggleViewAction()->text(),
        QStringLiteral("ルール(&R)"));
    QVERIFY(m_window->statusLabel()->text() != status);
    QVERIFY(
        m_window->findingsView()->model()->headerData(FindingsModel::TitleColumn, Qt::Horizontal).toString() != header);
    QVERIFY(m_window->diffView()->findChildren<QLabel *>().size() > 0);
    QCOMPARE(Settings::language(), QStringLiteral("ja"));
    QVERIFY2(undo->text().contains(QStringLiteral("元に戻す")) && !undo->text().contains(QLatin1String("Accept")),
        qPrintable(undo->text()));

    language(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY(menus->actions().constFirst()->text().contains(QStringLiteral("文件")));

    language(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(menus->actions().constFirst()->text(), file);
    QTRY_COMPARE(detailsText(), details);
    QCOMPARE(undo->text(), undoText);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->statusLabel()->text(), status);
    QCOMPARE(
        m_window->findingsView()->model()->headerData(FindingsModel::TitleColumn, Qt::Horizontal).toString(), header);
    // English's plural forms are back too: the modules' tooltips count their findings in English.
    QStringList tips;
    QAbstractItemModel *tree = m_window->treeView()->model();
    for (int group = 0; group < tree->rowCount(); ++group) {
        const QModelIndex parent = tree->index(group, 0);
        for (int row = 0; row < tree->rowCount(parent); ++row)
            tips << tree->index(row, 0, parent).data(Qt::ToolTipRole).toString();
    }
    QVERIFY2(tips.contains(QLatin1String("edgeHub: changes proposed, 5 findings")),
        qPrintable(tips.join(QLatin1Char('\n'))));
    QVERIFY2(tips.filter(QLatin1String("(s)")).isEmpty(), qPrintable(tips.join(QLatin1Char('\n'))));
}

void TestMainWindow::languageMenuShowsTheRunningLanguage()
{
    // edgeshift --lang ja, with the system's language chosen in View → Language: 日本語 is ticked.
    Translator::setLanguage(QStringLiteral("ja"));
    const std::unique_ptr<void, void (*)(void *)> restore(
        this, [](void *) { Translator::setLanguage(QStringLiteral("en")); });
    QCOMPARE(QLocale().language(), QLocale::Japanese); // dates and numbers too
    MainWindow window;
    QStringList ticked;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->actionGroup() && action->isChecked())
            ticked << action->data().toString();
    }
    QCOMPARE(ticked, QStringList {QStringLiteral("ja")});
}

void TestMainWindow::switchLanguageWithNothingOpen()
{
    QVERIFY(!m_window->document()->isOpen());
    Translator::setLanguage(QStringLiteral("ja"));
    QTRY_VERIFY(m_window->menuBar()->actions().constFirst()->text().contains(QStringLiteral("ファイル")));
    Translator::setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
}

void TestMainWindow::typingACollidingName()
{
    // Typing another module's name is refused as it is typed, as an invalid name is: the editor
    // stays and says why, the module keeps the name it had, and a free name is taken.
    openSample();
    m_window->selectModule(2);
    m_window->findingsView()->setCurrentIndex(
        findingRow(QStringLiteral("module-name")).siblingAtColumn(FindingsModel::TitleColumn));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_name"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible()); // new rows are shown by the event loop
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Camera-capture"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("param_name")), edit);
    QCOMPARE(edit->text(), QStringLiteral("Camera-capture"));
    auto *error = edit->parentWidget()->findChild<QLabel *>(QStringLiteral("error_name")); // (its own cell)
    QVERIFY(error && error->isVisible());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("camera-capture"));
    QVERIFY2(error->isVisible() && error->text().contains(QLatin1String("Another module")), qPrintable(error->text()));
    QVERIFY(m_window->document()->result().problems.empty());
    QCOMPARE(QString::fromStdString(m_window->document()->result().names[2]), QStringLiteral("image-classifier"));
    QTest::keyClicks(edit, QStringLiteral("-2"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_window->document()->result().problems.empty());
    QCOMPARE(QString::fromStdString(m_window->document()->result().names[2]), QStringLiteral("camera-capture-2"));
}

void TestMainWindow::treeCountsProblemsFoundWhileApplying()
{
    // A name taken twice is a problem found while applying: counted with the module's findings in
    // the tree, and the row is told so even though the module needed the operator before too.
    openSample();
    m_window->selectModule(2); // image_classifier: needs the operator already (its FPGA image)
    const QModelIndex count = treeRow(2).siblingAtColumn(1);
    const int before = count.data().toInt();
    QCOMPARE(m_window->document()->result().status[2], ModuleStatus::NeedsOperator);
    QSignalSpy changed(m_window->treeView()->model(), &QAbstractItemModel::dataChanged);
    const Finding *rename = m_window->findingsModel()->finding(findingRow(QStringLiteral("module-name")).row());
    m_window->document()->setParam(*rename, QStringLiteral("name"), QStringLiteral("camera-capture"));
    QCOMPARE(m_window->document()->result().problems.size(), std::size_t(1));
    QCOMPARE(count.data().toInt(), before + 1);
    bool told = false;
    for (const QList<QVariant> &signal : changed) {
        const auto first = signal[0].value<QModelIndex>(), last = signal[1].value<QModelIndex>();
        told = told
            || (first.parent() == count.parent() && first.row() <= count.row() && count.row() <= last.row()
                && last.column() >= count.column());
    }
    QVERIFY(told);
}

void TestMainWindow::secretsMaskedButKept()
{
    openSample();
    m_window->selectModule(3); // camera-capture: a storage connection string with an AccountKey
    // Keep the connection string in createOptions Env, where the GPU side shows it.
    m_window->document()->setRuleAccepted(QStringLiteral("env-value-equals"), false);
    DiffView *diff = m_window->diffView();
    QVERIFY(diff->gpuEdit()->toPlainText().contains(QLatin1String("AccountKey=")));
    const QString key = QStringLiteral("c2FtcGxlLWtleS1ub3QtcmVhbA==");
    QVERIFY(diff->fpgaEdit()->toPlainText().contains(QLatin1String("AccountKey=")));
    QVERIFY(!diff->fpgaEdit()->toPlainText().contains(key));
    QVERIFY(!diff->gpuEdit()->toPlainText().contains(key));
    // A hand edit of the masked text keeps the secret in what is saved.
    QString text = diff->gpuEdit()->toPlainText();
    text.replace(
        QLatin1String("\"HostConfig\": {"), QLatin1String("\"HostConfig\": {\n        \"Privileged\": false,"));
    diff->gpuEdit()->setPlainText(text);
    diff->commitEdit();
    QVERIFY(!diff->hasInvalidEdit());
    QVERIFY(m_window->document()->decisions().handEdit("camera-capture"));
    const QString target = m_dir->filePath(QStringLiteral("secret.gpu.json"));
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->save());
    const QByteArray saved = read(target);
    QVERIFY(saved.contains(key.toUtf8()));
    QVERIFY(saved.contains("Privileged\\\":false"));
    QVERIFY(!saved.contains("\xe2\x80\xa2")); // no mask character
}

void TestMainWindow::markupInNamesShownAsWritten()
{
    // A module named like markup is shown by its name, as written: no label reads it as HTML.
    const QString file = m_dir->filePath(QStringLiteral("markup.json"));
    write(file, R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {"<b>cam</b>": {
        "settings": {"image": "a:1", "createOptions": "{\"HostConfig\":{\"Binds\":[\"/data/<i>x</i>:/in\"]}}"}}}}}}})");
    m_window->openFile(file);
    QTRY_VERIFY2(m_window->document()->isOpen(), qPrintable(Dialogs::shownErrors().join(QLatin1Char('\n'))));
    m_window->selectModule(2);
    selectFinding(2, QStringLiteral("binds-to-mounts"));
    QTRY_VERIFY(detailsText().contains(QLatin1String("/data/<i>x</i>")));
    QWidget *details = m_window->findChildren<FindingDetails *>().constFirst();
    for (QWidget *pane : {details, static_cast<QWidget *>(m_window->diffView())}) {
        for (const QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('<')))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
    }
    const QStringList titles = [this] {
        QStringList texts;
        for (const QLabel *label : m_window->diffView()->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }();
    QVERIFY2(
        titles.join(QLatin1Char('|')).contains(QLatin1String("<b>cam</b>")), qPrintable(titles.join(QLatin1Char('|'))));
}

void TestMainWindow::diffHighlightedAndScrolledTogether()
{
    openSample();
    m_window->selectModule(2);
    DiffView *diff = m_window->diffView();
    // Removed lines on the FPGA side, added ones on the GPU side, marked with backgrounds.
    QVERIFY(!diff->fpgaEdit()->extraSelections().isEmpty());
    QVERIFY(!diff->gpuEdit()->extraSelections().isEmpty());
    const QTextBlock removed = diff->fpgaEdit()->extraSelections().constFirst().cursor.block();
    QVERIFY(removed.text().contains(QLatin1String("Binds")) || removed.text().contains(QLatin1String("hcsshares")));
    // Scrolling one side scrolls the other to the facing line.
    m_window->resize(900, 500);
    QTRY_VERIFY(diff->fpgaEdit()->verticalScrollBar()->maximum() > 10);
    diff->fpgaEdit()->verticalScrollBar()->setValue(30);
    QVERIFY(diff->gpuEdit()->verticalScrollBar()->value() > 10);
    diff->gpuEdit()->verticalScrollBar()->setValue(0);
    QCOMPARE(diff->fpgaEdit()->verticalScrollBar()->value(), 0);
}

void TestMainWindow::openFromMenuAndRecent()
{
    auto action = [this](const QString &text) {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    Dialogs::setNextFileNames({m_sample});
    action(QStringLiteral("&Open…"))->trigger();
    QTRY_VERIFY(m_window->document()->isOpen());
    // The next time EdgeShift starts, File → Open Recent lists it, and opens it again.
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->document()->isOpen());
    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() == QLatin1String("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent && recent->isEnabled());
    // Numbered, the number its key.
    QCOMPARE(recent->actions().constFirst()->text(),
        QStringLiteral("&1 ") + QDir::toNativeSeparators(QFileInfo(m_sample).absoluteFilePath()));
    recent->actions().constFirst()->trigger();
    QTRY_VERIFY(m_window->document()->isOpen());
}

void TestMainWindow::exportReport()
{
    openSample();
    for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.md")}) {
        const QString path = m_dir->filePath(name);
        Dialogs::setNextFileNames({path});
        QVERIFY(m_window->exportReport());
        const QByteArray report = read(path);
        QVERIFY(report.contains("fpga-to-gpu"));
        QVERIFY(report.contains("image_classifier"));
        QVERIFY(!report.contains("c2FtcGxlLWtleS1ub3QtcmVhbA==")); // the sample's account key stays masked
        QVERIFY(name.endsWith(QLatin1String(".html")) ? report.startsWith("<!DOCTYPE html>") : report.startsWith("# "));
    }
}

void TestMainWindow::saveSuggestsGpuNameBesideInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("report"); // suggested for the report
    QTest::newRow("json") << QStringLiteral("sample.json") << QStringLiteral("sample.gpu.json")
                          << QStringLiteral("sample.gpu.report.html");
    QTest::newRow("dotted name") << QStringLiteral("edge.deployment.json") << QStringLiteral("edge.deployment.gpu.json")
                                 << QStringLiteral("edge.deployment.gpu.report.html");
    QTest::newRow("upper-case extension")
        << QStringLiteral("SITE.JSON") << QStringLiteral("SITE.gpu.json") << QStringLiteral("SITE.gpu.report.html");
    QTest::newRow("no extension") << QStringLiteral("manifest") << QStringLiteral("manifest.gpu.json")
                                  << QStringLiteral("manifest.gpu.report.html");
}

void TestMainWindow::saveSuggestsGpuNameBesideInput()
{
    QFETCH(QString, input);
    QFETCH(QString, suggested);
    QFETCH(QString, report);
    const QString folder = m_dir->filePath(QStringLiteral("site a"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(input);
    QVERIFY(QFile::copy(m_sample, path));
    m_window->openFile(path);
    QTRY_VERIFY(m_window->document()->isOpen());
    QAction *save = menuAction(QStringLiteral("&File"), QStringLiteral("&Save GPU Manifest As…"));
    QVERIFY(save && save->isEnabled());
    Dialogs::setNextFileNames({QString()}); // the dialog is canceled
    save->trigger();
    QCOMPARE(Dialogs::suggestedFileName(), QDir(folder).filePath(suggested));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(suggested))); // canceled: nothing written
    QAction *exportReport = menuAction(QStringLiteral("&File"), QStringLiteral("&Export Report…"));
    QVERIFY(exportReport && exportReport->isEnabled());
    Dialogs::setNextFileNames({QString()});
    exportReport->trigger();
    QCOMPARE(Dialogs::suggestedFileName(), QDir(folder).filePath(report));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(report)));
    QCOMPARE(read(path), read(m_sample));
}

void TestMainWindow::saveOverInputAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<bool>("throughLink"); // the input named by a symbolic link to it
    QTest::newRow("no") << QMessageBox::No << false;
    QTest::newRow("yes") << QMessageBox::Yes << false;
    QTest::newRow("no, through a link") << QMessageBox::No << true;
}

void TestMainWindow::saveOverInputAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(bool, throughLink);
    openSample();
    m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    const QByteArray original = read(m_sample);
    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    if (throughLink)
        QVERIFY(QFile::link(m_sample, link));
    Dialogs::setNextFileNames({throughLink ? link : m_sample});
    Dialogs::setNextAnswers({answer});
    menuAction(QStringLiteral("&File"), QStringLiteral("&Save GPU Manifest As…"))->trigger();
    QVERIFY(Dialogs::shownErrors().isEmpty());
    if (answer == QMessageBox::No) {
        QCOMPARE(read(m_sample), original); // byte for byte
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->isWindowModified());
    } else {
        const QByteArray saved = read(m_sample);
        QVERIFY(saved != original);
        QVERIFY(saved.contains("nvidia.com/gpu"));
        QVERIFY(saved.contains("128Mi"));
        QVERIFY(!saved.contains("fpga_catapult"));
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(!m_window->isWindowModified());
    }
}

void TestMainWindow::quitAsksAboutUnsavedDecisions_data()
{
    QTest::addColumn<bool>("decide");
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<bool>("quits");
    QTest::addColumn<bool>("saved");
    // Nothing to save: no question, so the queued Cancel is never given.
    QTest::newRow("nothing decided") << false << QMessageBox::Cancel << true << false;
    QTest::newRow("cancel") << true << QMessageBox::Cancel << false << false;
    QTest::newRow("discard") << true << QMessageBox::Discard << true << false;
    QTest::newRow("save") << true << QMessageBox::Save << true << true;
}

void TestMainWindow::quitAsksAboutUnsavedDecisions()
{
    QFETCH(bool, decide);
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(bool, quits);
    QFETCH(bool, saved);
    openSample();
    if (decide)
        m_window->document()->setRuleAccepted(QStringLiteral("resource-limits"), true);
    QCOMPARE(m_window->isWindowModified(), decide);
    const QString target = m_dir->filePath(QStringLiteral("quit.gpu.json"));
    Dialogs::setNextAnswers({answer});
    Dialogs::setNextFileNames({target});
    QAction *quit = menuAction(QStringLiteral("&File"), QStringLiteral("&Quit"));
    QVERIFY(quit && quit->isEnabled());
    quit->trigger();
    QCOMPARE(m_window->isVisible(), !quits);
    QCOMPARE(QFileInfo::exists(target), saved);
    if (saved)
        QVERIFY(read(target).contains("128Mi"));
    if (!quits) {
        QCOMPARE(m_window->document()->filePath(), m_sample);
        QVERIFY(m_window->document()->isModified()); // the decisions are kept
    }
    QCOMPARE(read(m_sample), read(QStringLiteral(EDGESHIFT_SAMPLE)));
}

void TestMainWindow::editParameter_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("param");
    QTest::addColumn<bool>("accept"); // advice and manual findings are accepted first
    QTest::addColumn<QString>("before"); // shown on the GPU side before the edit
    QTest::addColumn<QString>("invalid");
    QTest::addColumn<QString>("valid");
    QTest::addColumn<QString>("after"); // shown on the GPU side after the valid edit

    QTest::newRow("mount source") << 6 << QStringLiteral("binds-to-mounts") << QStringLiteral("source") << false
                                  << QStringLiteral("\"Source\": \"/var/log/app_data\"") << QString()
                                  << QStringLiteral("/var/log/monitor-a")
                                  << QStringLiteral("\"Source\": \"/var/log/monitor-a\"");
    QTest::newRow("memory") << 3 << QStringLiteral("resource-limits") << QStringLiteral("memory") << true
                            << QStringLiteral("\"memory\": \"128Mi\"") << QStringLiteral("12 parsecs")
                            << QStringLiteral("256Mi") << QStringLiteral("\"memory\": \"256Mi\"");
    QTest::newRow("cpu") << 3 << QStringLiteral("resource-limits") << QStringLiteral("cpu") << true
                         << QStringLiteral("\"cpu\": \"500m\"") << QStringLiteral("two cores") << QStringLiteral("250m")
                         << QStringLiteral("\"cpu\": \"250m\"");
    QTest::newRow("exposed host port") << 4 << QStringLiteral("expose-hostport") << QStringLiteral("hostPort") << false
                                       << QStringLiteral("\"HostPort\": \"35003\"") << QStringLiteral("70000")
                                       << QStringLiteral("8035") << QStringLiteral("\"HostPort\": \"8035\"");
    QTest::newRow("reserved host port") << 4 << QStringLiteral("reserved-ports") << QStringLiteral("hostPort") << true
                                        << QStringLiteral("\"HostPort\": \"35002\"") << QStringLiteral("port 8080")
                                        << QStringLiteral("35010") << QStringLiteral("\"HostPort\": \"35010\"");
}

void TestMainWindow::editParameter()
{
    QFETCH(int, module);
    QFETCH(QString, rule);
    QFETCH(QString, param);
    QFETCH(bool, accept);
    QFETCH(QString, before);
    QFETCH(QString, invalid);
    QFETCH(QString, valid);
    QFETCH(QString, after);
    openSample();
    selectFinding(module, rule);
    QTableView *findings = m_window->findingsView();
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    if (accept) {
        QVERIFY(!gpu->toPlainText().contains(before));
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, checkBoxCenter(findings, findingRow(rule)));
    }
    QVERIFY2(gpu->toPlainText().contains(before), qPrintable(gpu->toPlainText()));
    const QModelIndex state = findingRow(rule).siblingAtColumn(FindingsModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("applied"));
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_") + param);
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("error_") + param);
    QVERIFY(edit && error);
    QTRY_VERIFY(edit->isVisible());
    QVERIFY(!error->isVisible());

    // An invalid value, pasted over the old one (or the old one deleted): marked, and not taken.
    const QString shown = gpu->toPlainText();
    edit->setFocus();
    edit->selectAll();
    if (invalid.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Backspace);
    } else {
        QGuiApplication::clipboard()->setText(invalid);
        QTest::keySequence(edit, QKeySequence::Paste);
    }
    QCOMPARE(edit->text(), invalid);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(gpu->toPlainText(), shown);
    QCOMPARE(stack->count(), steps);
    QCOMPARE(findingRow(rule).siblingAtColumn(FindingsModel::StateColumn).data().toString(), QStringLiteral("applied"));

    // A valid value, typed: taken as one undo step, and shown on the GPU side.
    edit->selectAll();
    QTest::keyClicks(edit, valid);
    QVERIFY(!error->isVisible());
    QVERIFY2(gpu->toPlainText().contains(after), qPrintable(gpu->toPlainText()));
    QVERIFY(!gpu->toPlainText().contains(before));
    QCOMPARE(stack->count(), steps + 1);
    // The value typed, not its first key, in the finding's module.
    const QString moduleName
        = QString::fromStdString(m_window->findingsModel()->finding(findingRow(rule).row())->module.str());
    QVERIFY2(stack->undoText().endsWith(QStringLiteral(" to %1 in %2").arg(valid, moduleName)),
        qPrintable(stack->undoText()));
    QCOMPARE(findingRow(rule).siblingAtColumn(FindingsModel::StateColumn).data().toString(), QStringLiteral("applied"));
    QVERIFY(m_window->isWindowModified());
    edit->clearFocus();
    stack->undo();
    QCOMPARE(gpu->toPlainText(), shown);
    if (invalid.isEmpty())
        return;

    // An invalid value typed key by key: none of its valid beginnings ("12" of "12 parsecs") is
    // left in effect, and when the edit ends the field shows the value in effect again.
    const QString inEffect = edit->text();
    QVERIFY(inEffect != valid);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, invalid);
    QCOMPARE(edit->text(), invalid);
    QVERIFY(error->isVisible());
    QCOMPARE(gpu->toPlainText(), shown);
    QCOMPARE(stack->index(), steps);
    edit->clearFocus();
    QCOMPARE(edit->text(), inEffect);
    QVERIFY(!error->isVisible());
    QCOMPARE(gpu->toPlainText(), shown);
}

void TestMainWindow::givingAValueAcceptsTheChange()
{
    // Typing a value for a change not accepted (advice is rejected by default) accepts it, in the
    // same undo step; the sentence names the value.
    openSample();
    selectFinding(3, QStringLiteral("resource-limits")); // camera-capture
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    const QString shown = gpu->toPlainText();
    const QModelIndex row = findingRow(QStringLiteral("resource-limits"));
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_memory"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1Gi"));
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(row.siblingAtColumn(FindingsModel::StateColumn).data().toString(), QStringLiteral("applied"));
    QVERIFY2(gpu->toPlainText().contains(QLatin1String("\"memory\": \"1Gi\"")), qPrintable(gpu->toPlainText()));
    QVERIFY2(detailsText().contains(QLatin1String("memory 1Gi, CPU 500m")), qPrintable(detailsText()));
    QCOMPARE(stack->count(), steps + 1);
    edit->clearFocus();
    stack->undo();
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(gpu->toPlainText(), shown);
    QVERIFY(detailsText().contains(QLatin1String("memory 128Mi, CPU 500m")));
}

void TestMainWindow::largeManifestTakesAValueWhenTypingPauses()
{
    // Where applying takes a while (made so here: any time is long), a value typed is taken once
    // the typing pauses, as one step; ending the edit, or saving, takes it at once.
    Document::setSlowApplyMilliseconds(0);
    openSample();
    selectFinding(3, QStringLiteral("resource-limits"));
    QUndoStack *stack = m_window->document()->undoStack();
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_memory"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("256Mi"));
    QCOMPARE(stack->count(), 0); // not yet
    QTRY_COMPARE(stack->count(), 1);
    QVERIFY2(stack->undoText().endsWith(QLatin1String("to 256Mi in camera-capture")), qPrintable(stack->undoText()));
    QTRY_VERIFY(gpu->toPlainText().contains(QLatin1String("\"memory\": \"256Mi\""))); // applied in the background
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1Gi"));
    const QString target = m_dir->filePath(QStringLiteral("typed.gpu.json"));
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->save()); // at once, without waiting for the pause
    QVERIFY(read(target).contains(R"(\"memory\":\"1Gi\")"));
}

void TestMainWindow::largeManifestAppliesInTheBackground()
{
    // Where applying takes a while (made so here: any time is long), decisions are applied in the
    // background: the window answers at once, says it is applying, and shows the result once it
    // is there; decisions made meanwhile are applied together. What is saved is always the result
    // of every decision made.
    Document::setSlowApplyMilliseconds(0);
    openSample();
    m_window->selectModule(2); // image_classifier
    Document *document = m_window->document();
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    QTableView *view = m_window->findingsView();
    const QModelIndex wireserver = findingRow(QStringLiteral("wireserver-env"));
    const QModelIndex device = findingRow(QStringLiteral("device-bindings"));
    QSignalSpy applying(document, &Document::applyingChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCenter(view, wireserver));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCenter(view, device));
    // Both taken at once, as decisions; the result follows.
    QCOMPARE(wireserver.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(device.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(document->undoStack()->count(), 2);
    QVERIFY(document->isApplying());
    QCOMPARE(m_window->statusLabel()->text(), QStringLiteral("Applying the decisions…"));
    // The GPU side shows the result before them meanwhile: not to be edited, or they would be lost.
    QVERIFY(gpu->isReadOnly());
    QTRY_VERIFY(!document->isApplying());
    QVERIFY(!gpu->isReadOnly());
    QVERIFY(gpu->toPlainText().contains(QLatin1String("WIRESERVER_ADDRESS")));
    QVERIFY(gpu->toPlainText().contains(QLatin1String("/dev/catapult0")));
    QVERIFY(m_window->statusLabel()->text().contains(QLatin1String("not GPU-ready")));
    QCOMPARE(applying.count(), 2); // one start (decisions of the meantime join it) and one end
    QCOMPARE(applying.last().at(0).toBool(), false);

    // A hand edit taken while the operator goes on typing: the text stays as typed when its result
    // comes, and what was typed since is taken after its pause.
    DiffView *diff = m_window->diffView();
    m_window->selectModule(3); // camera-capture
    gpu->setFocus();
    gpu->setPlainText(QStringLiteral("{\"HostConfig\": {\"Privileged\": true}}"));
    diff->commitEdit();
    QVERIFY(document->isApplying());
    QVERIFY(!gpu->isReadOnly()); // the hand edit is the module's createOptions: typing goes on
    const QString typed = QStringLiteral("{\"HostConfig\": {\"Privileged\": false}}");
    gpu->setPlainText(typed);
    QTRY_VERIFY(!document->isApplying());
    QCOMPARE(gpu->toPlainText(), typed);
    QTRY_COMPARE(document->decisions().handEdit("camera-capture")->dump(), Json::parse(typed.toStdString()).dump());
    QTRY_VERIFY(!document->isApplying());
    QCOMPARE(gpu->toPlainText(), typed);
    // Another module shown while a decision applies: its result, once there, replaces the one
    // from before, and is no hand edit of it when the operator moves on.
    document->setRuleAccepted(QStringLiteral("cluster-only-service"), true);
    QVERIFY(document->isApplying());
    m_window->selectModule(2); // image_classifier
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("ClusterIP")));
    QTRY_VERIFY(!document->isApplying());
    QVERIFY(gpu->toPlainText().contains(QLatin1String("ClusterIP")));
    m_window->selectModule(3);
    m_window->selectModule(2);
    QVERIFY(!document->decisions().handEdit("image_classifier"));
    document->undoStack()->undo(); // the rule
    QTRY_VERIFY(!document->isApplying());
    m_window->selectModule(3);
    document->undoStack()->undo(); // the hand edit, one step
    QTRY_VERIFY(!document->decisions().handEdit("camera-capture"));
    QTRY_VERIFY(!document->isApplying());
    m_window->selectModule(2);

    // Saved while applying: the decisions' result, not the one shown before.
    document->undoStack()->undo();
    QVERIFY(document->isApplying());
    const QString target = m_dir->filePath(QStringLiteral("background.gpu.json"));
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->save());
    QVERIFY(!document->isApplying());
    const QByteArray saved = read(target);
    QVERIFY(saved.contains("WIRESERVER_ADDRESS"));
    QVERIFY(!saved.contains("/dev/catapult0"));
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("/dev/catapult0")));

    // Another file opened while applying: the result of the first one is nobody's.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCenter(view, device));
    QVERIFY(document->isApplying());
    QString error;
    document->open(m_sample, FileIo::load(m_sample, error, AnalysisUse::Interactive));
    QVERIFY(!document->isApplying());
    QCOMPARE(document->undoStack()->count(), 0);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_window->selectModule(2);
    QVERIFY(!gpu->toPlainText().contains(QLatin1String("/dev/catapult0")));
}

void TestMainWindow::chooseMountType_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    // recreate-strategy's state before and after: a volume needs it, host folders alone do not
    // (module 2 has another volume).
    QTest::addColumn<QString>("strategyBefore");
    QTest::addColumn<QString>("strategyAfter");
    const QString applied = QStringLiteral("applied");
    QTest::newRow("host path as a volume")
        << 6 << QStringLiteral("bind") << QStringLiteral("volume") << QStringLiteral("not needed") << applied;
    QTest::newRow("share as a host path")
        << 2 << QStringLiteral("volume") << QStringLiteral("bind") << applied << applied;
}

void TestMainWindow::chooseMountType()
{
    QFETCH(int, module);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, strategyBefore);
    QFETCH(QString, strategyAfter);
    openSample();
    selectFinding(module, QStringLiteral("binds-to-mounts"));
    QPlainTextEdit *gpu = m_window->diffView()->gpuEdit();
    // The type of the first mount, the one the first bind became, as the GPU side shows it.
    auto firstMountType = [gpu] {
        const QJsonObject options = QJsonDocument::fromJson(gpu->toPlainText().toUtf8()).object();
        return options[QStringLiteral("HostConfig")][QStringLiteral("Mounts")][0][QStringLiteral("Type")].toString();
    };
    QCOMPARE(firstMountType(), before);
    auto strategy = [this] {
        const QModelIndex row = findingRow(QStringLiteral("recreate-strategy"));
        return row.siblingAtColumn(FindingsModel::StateColumn).data().toString();
    };
    // Its sentence says what holds the module to it, as decided.
    auto strategySays = [this] {
        const QModelIndex row = findingRow(QStringLiteral("recreate-strategy"));
        return row.siblingAtColumn(FindingsModel::TitleColumn).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(strategy(), strategyBefore);
    if (strategyBefore == QLatin1String("not needed"))
        QVERIFY2(strategySays().contains(QLatin1String("holds no accelerator")), qPrintable(strategySays()));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("param_type"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->isVisible());
    QCOMPARE(combo->currentData().toString(), before);
    combo->setFocus();
    QTest::keyClick(combo, before == QLatin1String("bind") ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), after);
    int steps = 1;
    {
        // A share's name is no path on the node, a host path no volume's name: the mount waits for
        // a source it can take.
        auto *source = m_window->findChild<QLineEdit *>(QStringLiteral("param_source"));
        QVERIFY(source);
        QTRY_VERIFY(source->isVisible());
        auto *error = source->parentWidget()->findChild<QLabel *>(QStringLiteral("error_source"));
        QTRY_VERIFY(error && error->isVisible());
        QVERIFY(firstMountType() != after);
        source->setFocus();
        source->selectAll();
        QTest::keyClicks(
            source, after == QLatin1String("bind") ? QStringLiteral("/srv/input") : QStringLiteral("data"));
        QVERIFY(!error->isVisible());
        ++steps;
    }
    QCOMPARE(firstMountType(), after);
    QCOMPARE(strategy(), strategyAfter);
    if (after == QLatin1String("volume"))
        QVERIFY2(strategySays().contains(QLatin1String("persistent volumes")), qPrintable(strategySays()));
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY(m_window->isWindowModified());
    // Undo puts the mount and the choice back.
    for (int i = 0; i < steps; ++i)
        m_window->document()->undoStack()->undo();
    QCOMPARE(firstMountType(), before);
    QCOMPARE(combo->currentData().toString(), before);
}

void TestMainWindow::messageShowsTheValueDecided()
{
    // GPU count 4 typed: the finding says nvidia.com/gpu: 4, not the 2 it proposed.
    openSample();
    selectFinding(2, QStringLiteral("fpga-to-gpu"));
    QVERIFY2(detailsText().contains(QLatin1String("nvidia.com/gpu: 2")), qPrintable(detailsText()));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_count"));
    QTRY_VERIFY(edit && edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("4"));
    QVERIFY2(detailsText().contains(QLatin1String("nvidia.com/gpu: 4")), qPrintable(detailsText()));
    QVERIFY(findingRow(QStringLiteral("fpga-to-gpu"))
                .siblingAtColumn(FindingsModel::TitleColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("nvidia.com/gpu: 4")));
}

void TestMainWindow::giveGpuImage()
{
    // The image is not in createOptions: the rest of the module, below the GPU side, shows it,
    // and the finding's state and the saved manifest do.
    openSample();
    selectFinding(2, QStringLiteral("fpga-image")); // image_classifier: brainwave/resnet50-fpga
    QTableView *findings = m_window->findingsView();
    auto stateText = [this] {
        return findingRow(QStringLiteral("fpga-image")).siblingAtColumn(FindingsModel::StateColumn).data().toString();
    };
    QCOMPARE(stateText(), QStringLiteral("open"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("param_image"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("error_image"));
    QVERIFY(edit && error);
    QTRY_VERIFY(edit->isVisible());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!edit->placeholderText().isEmpty()); // no image given yet: asked for, not an error yet
    QVERIFY(!error->isVisible());
    QTest::mouseClick(
        findings->viewport(), Qt::LeftButton, {}, checkBoxCenter(findings, findingRow(QStringLiteral("fpga-image"))));
    QCOMPARE(findingRow(QStringLiteral("fpga-image")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(stateText(), QStringLiteral("open")); // accepted, but without an image it cannot be applied
    const QString target = m_dir->filePath(QStringLiteral("image.gpu.json"));
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();

    // An image reference with a space: marked, and not taken.
    edit->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("contoso.azurecr.io/resnet50 gpu:1.3"));
    QTest::keySequence(edit, QKeySequence::Paste);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(stack->count(), steps);
    QCOMPARE(stateText(), QStringLiteral("open"));
    QVERIFY(m_window->statusLabel()->text().contains(QLatin1String("not GPU-ready")));
    Dialogs::setNextFileNames({target});
    QVERIFY(m_window->save());
    QVERIFY(read(target).contains("contoso.azurecr.io/brainwave/resnet50-fpga:1.3"));
    QVERIFY(!read(target).contains("resnet50 gpu"));

    // A valid one is applied, and is what is saved.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("contoso.azurecr.io/resnet50-gpu:1.3"));
    QVERIFY(!error->isVisible());
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(stateText(), QStringLiteral("applied"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->diffView()->settingsView()->isVisible());
    QVERIFY(m_window->diffView()->gpuSettingsEdit()->toPlainText().contains(QLatin1String("resnet50-gpu:1.3")));
    Dialogs::setNextFileNames({target});
    Dialogs::setNextAnswers({QMessageBox::Yes}); // replace the file saved above (asked once, by EdgeShift)
    QVERIFY(m_window->save());
    QCOMPARE(Dialogs::pendingAnswers(), std::size_t(0));
    const QByteArray saved = read(target);
    QVERIFY(saved.contains("\"contoso.azurecr.io/resnet50-gpu:1.3\""));
    QVERIFY(!saved.contains("resnet50-fpga"));
}

void TestMainWindow::aboutNamesVersionArticleAndLanguages()
{
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QAction *about = menuAction(QStringLiteral("&Help"), QStringLiteral("&About EdgeShift"));
    QVERIFY(about && about->isEnabled());
    about->trigger();
    QCoreApplication::setApplicationVersion(version);
    QCOMPARE(Dialogs::shownAbout().size(), 1);
    const QString text = Dialogs::shownAbout().constFirst();
    QVERIFY2(text.contains(QLatin1String("EdgeShift 9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Run existing IoT Edge modules from Azure Stack Edge Pro FPGA devices on "
                                        "Azure Stack Edge Pro GPU device")));
    QVERIFY(text.contains(QStringLiteral("日本語")));
    QVERIFY(text.contains(QStringLiteral("简体中文")));
}

void TestMainWindow::hostileInputs_data()
{
    Test::addHostileRows();
}

void TestMainWindow::hostileInputs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const QString input = m_dir->filePath(name);
    write(input, bytes);
    Dialogs::setNextAnswers({}); // errors are collected, not shown
    drop(m_window.get(), {input});
    QTRY_COMPARE(Dialogs::shownErrors().size(), 1);
    const QString message = Dialogs::shownErrors().constFirst();
    QVERIFY2(message.contains(name) && message.contains(where), qPrintable(message));
    QVERIFY(!m_window->document()->isOpen());
    QCOMPARE(read(input), bytes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
