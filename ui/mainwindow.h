#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QMutex>

#include <memory>

#include "batch.h"
#include "fileio.h"

class QAction;
class QActionGroup;
class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace EdgeShift {

class AttentionFilterModel;
class DiffView;
class Document;
class FindingDetails;
class FindingsModel;
class ManifestTreeModel;
class RulesModel;

// The EdgeShift window: the manifest tree, FPGA | GPU side by side, the findings with their
// details, and the rules panel. Files come by File → Open, Open Recent, the command line or a drop;
// several files dropped at once are converted in a batch.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DiffView *diffView() const { return m_diff; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *rulesView() const { return m_rulesView; }
    FindingsModel *findingsModel() const { return m_findings; }
    QLabel *statusLabel() const { return m_status; }
    BatchSummaryDialog *batchSummary() const { return m_summary; }

    // Opens a manifest (after asking about unsaved decisions), loading it off the UI thread.
    void openFile(const QString &path);
    // Converts several files with the rules' defaults, each beside its source.
    void convertFiles(const QStringList &paths);
    bool isLoading() const;
    bool isConverting() const;
    // Selects a module in the tree (and so in the FPGA | GPU view and the findings).
    void selectModule(int module);

    bool save();
    bool saveAs(const QString &path);
    bool exportReport();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateUndoTexts();
    void updateRecentMenu();
    void updateStatus();
    void updateTitle();
    void onLoaded();
    void onBatchFinished();
    void onTreeSelection();
    void leaveInvalidEdit();
    std::size_t treeModule() const;
    std::size_t treeRoute() const;
    void showTreeSelection();
    void showModule(std::size_t module);
    void onFindingSelection();
    bool maybeSave();
    // Takes what is being typed and waits for a pause (a hand edit, a parameter's value) now.
    void commitTyping();
    void setLanguage(const QString &language);

    Document *m_document;
    ManifestTreeModel *m_treeModel;
    AttentionFilterModel *m_treeFilter;
    FindingsModel *m_findings;
    RulesModel *m_rules;

    QStackedWidget *m_stack;
    QLabel *m_welcome;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QCheckBox *m_attention;
    QTreeView *m_tree;
    DiffView *m_diff;
    QTableView *m_findingsView;
    FindingDetails *m_details;
    QDockWidget *m_rulesDock;
    QTableView *m_rulesView;
    QLabel *m_status;

    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_open, *m_save, *m_export, *m_quit, *m_undo, *m_redo, *m_attentionAction, *m_rulesAction, *m_about,
        *m_clearRecent, *m_systemLanguage;
    QActionGroup *m_languages;

    std::string m_currentFindingKey;
    bool m_leavePending = false; // leaveInvalidEdit() is on its way
    QFutureWatcher<LoadedFile> m_loader;
    QString m_loadingPath;
    bool m_loadPending = false; // a load started and its result not taken yet
    bool m_decidedWhileLoading = false; // the open manifest's decisions changed while another loaded
    QFutureWatcher<BatchItem> m_batch;
    QStringList m_batchPaths;
    // Every file the batch finished, whether or not canceling dropped its result from the future.
    struct BatchLog {
        QMutex mutex;
        QHash<QString, BatchItem> done;
    };
    std::shared_ptr<BatchLog> m_batchLog;
    QProgressDialog *m_progress = nullptr;
    BatchSummaryDialog *m_summary = nullptr;
};

} // namespace EdgeShift
