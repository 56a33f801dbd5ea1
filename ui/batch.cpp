#include "batch.h"

#include "fileio.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace EdgeShift {

bool BatchConverter::isConverted(const QString &path)
{
    return path.endsWith(QLatin1String(".gpu.json"), Qt::CaseInsensitive);
}

QStringList BatchConverter::outputsToReplace(const QStringList &inputs)
{
    // An output that is itself one of the inputs (x.json and x.gpu.json dropped together) is kept,
    // and not even offered for replacing: it is being read.
    QSet<QString> identities;
    for (const QString &path : inputs)
        identities.insert(FileIo::identity(path));
    QStringList existing;
    for (const QString &path : inputs) {
        const QString output = FileIo::gpuPath(path);
        if (!isConverted(path) && QFileInfo::exists(output) && !identities.contains(FileIo::identity(output)))
            existing << output;
    }
    return existing;
}

BatchItem BatchConverter::convert(const QString &input, const QSet<QString> &replace)
{
    BatchItem item;
    item.input = input;
    item.output = FileIo::gpuPath(input);
    // A manifest EdgeShift converted already (dropped with its source, say): converting it again
    // would only give x.gpu.gpu.json.
    if (isConverted(input)) {
        item.outcome = BatchItem::Skipped;
        item.error = tr("%1 is a converted manifest already; open it to look at it.").arg(QFileInfo(input).fileName());
        return item;
    }
    if (QFileInfo::exists(item.output) && !replace.contains(item.output)) {
        item.outcome = BatchItem::Skipped;
        item.error = tr("%1 exists already and was kept.").arg(QFileInfo(item.output).fileName());
        return item;
    }
    QString error;
    const std::shared_ptr<const Analysis> analysis = FileIo::load(input, error, AnalysisUse::SingleConversion);
    if (!analysis) {
        item.error = error;
        return item;
    }
    std::optional<Result> result;
    try { // on a worker thread: one file's failure is that file's, not the batch's end
        result = apply(*analysis, Decisions(), false); // only the document is written
    } catch (const std::bad_alloc &) {
        item.error
            = tr("%1: too large to convert with the memory this computer has free.").arg(QFileInfo(input).fileName());
        return item;
    }
    if (!FileIo::saveResult(input, item.output, *analysis, *result, error)) {
        item.error = error;
        return item;
    }
    const Summary summary = summarize(*analysis, *result);
    item.outcome = BatchItem::Converted;
    item.changes = summary.applied;
    item.open = summary.open;
    item.gpuReady = result->gpuReady;
    return item;
}

BatchSummaryDialog::BatchSummaryDialog(const QList<BatchItem> &items, bool canceled, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(items.size()), 4))
    , m_items(items)
{
    setObjectName(QStringLiteral("batchSummary"));
    setWindowTitle(tr("Batch Conversion"));
    int converted = 0;
    for (const BatchItem &item : items)
        converted += item.outcome == BatchItem::Converted ? 1 : 0;
    auto *heading = new QLabel(canceled
            ? tr("Canceled: %1 of %n file(s) converted.", nullptr, int(items.size())).arg(converted)
            : tr("%1 of %n file(s) converted, each beside its source as <name>.gpu.json.", nullptr, int(items.size()))
                  .arg(converted));
    heading->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Changes made"), tr("Left for you")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int row = 0; row < items.size(); ++row) {
        const BatchItem &item = items[row];
        auto *file = new QTableWidgetItem(QFileInfo(item.input).fileName());
        file->setToolTip(QDir::toNativeSeparators(item.input));
        QString result;
        switch (item.outcome) {
        case BatchItem::Converted:
            result = item.gpuReady ? tr("Converted, GPU-ready") : tr("Converted, needs you");
            break;
        case BatchItem::Skipped:
            result = tr("Skipped");
            break;
        case BatchItem::Failed:
            result = tr("Not converted");
            break;
        case BatchItem::Canceled:
            result = tr("Canceled");
            break;
        }
        auto *outcome = new QTableWidgetItem(result);
        outcome->setToolTip(item.outcome == BatchItem::Converted ? QDir::toNativeSeparators(item.output) : item.error);
        m_table->setItem(row, 0, file);
        m_table->setItem(row, 1, outcome);
        if (item.outcome == BatchItem::Converted) {
            m_table->setItem(row, 2, new QTableWidgetItem(QString::number(item.changes)));
            m_table->setItem(row, 3, new QTableWidgetItem(QString::number(item.open)));
        } else {
            // Why, across both counts' columns: a message is longer than a number.
            m_table->setItem(row, 2, new QTableWidgetItem(item.error));
            m_table->setSpan(row, 2, 1, 2);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *open = buttons->addButton(tr("Open in Window"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openInWindow"));
    open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, open] {
        const int row = m_table->currentRow();
        open->setEnabled(row >= 0 && m_items[row].outcome != BatchItem::Failed);
        // A canceled file can be opened too: it is still the FPGA manifest it was.
    });
    auto request = [this] {
        const int row = m_table->currentRow();
        if (row < 0 || m_items[row].outcome == BatchItem::Failed)
            return;
        emit openRequested(m_items[row].input);
        accept();
    };
    connect(open, &QPushButton::clicked, this, request);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, request);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Wide enough for file names and messages: most of the window it comes from.
    resize(std::max(720, parent ? parent->width() * 4 / 5 : 0), std::max(360, parent ? parent->height() / 2 : 0));
}

} // namespace EdgeShift
