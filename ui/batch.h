#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QSet>
#include <QString>

class QTableWidget;

namespace EdgeShift {

// One file of a batch conversion (files dropped together on the window).
struct BatchItem {
    enum Outcome { Converted, Skipped, Failed, Canceled };
    QString input;
    QString output;
    Outcome outcome = Failed;
    QString error;
    int changes = 0;
    int open = 0;
    bool gpuReady = false;
};

// Converts one file with the rules' defaults, writing <name>.gpu.json beside it. An existing
// output is replaced only when it is in `replace`. Safe to call off the UI thread.
class BatchConverter {
    Q_DECLARE_TR_FUNCTIONS(BatchConverter)

public:
    // Whether `path` names a manifest EdgeShift wrote (<name>.gpu.json): it is not converted again.
    static bool isConverted(const QString &path);
    // The outputs of `inputs` that exist and that converting them would replace, to ask about
    // first: not those of converted manifests (not converted again), nor those among the inputs.
    static QStringList outputsToReplace(const QStringList &inputs);
    static BatchItem convert(const QString &input, const QSet<QString> &replace);
};

// The summary of a batch: file, result, changes made, items left for the operator. A file can be
// opened in the window from here.
class BatchSummaryDialog : public QDialog {
    Q_OBJECT

public:
    BatchSummaryDialog(const QList<BatchItem> &items, bool canceled, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

signals:
    void openRequested(const QString &path);

private:
    QTableWidget *m_table;
    QList<BatchItem> m_items;
};

} // namespace EdgeShift
