#include "findingsmodel.h"

#include "catalogue.h"
#include "document.h"
#include "messages.h"
#include "secrets.h"
#include "statusicons.h"

#include <algorithm>
#include <unordered_map>

namespace EdgeShift {

FindingsModel::FindingsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::opened, this, [this] { setModule(static_cast<std::size_t>(-1)); });
    connect(document, &Document::resultChanged, this, [this] {
        // Problems found while applying come and go with the decisions: the rows may change.
        if (rowsOf(m_module) != m_rows)
            reload();
        else if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void FindingsModel::setModule(std::size_t module)
{
    m_module = module;
    reload();
}

std::vector<const Finding *> FindingsModel::rowsOf(std::size_t module) const
{
    if (!m_document->isOpen())
        return {};
    // What is for the operator first (manual findings, problems), then fixes, advice and notes;
    // in the order found within each. (By kind, which a decision does not change: rows stay put.)
    std::vector<const Finding *> rows = m_document->findingsOf(module);
    const auto rank = [](const Finding *f) {
        switch (f->kind) {
        case Kind::Manual:
            return 0;
        case Kind::Fix:
            return 1;
        case Kind::Advice:
            return 2;
        case Kind::Info:
            return 3;
        }
        return 3;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Finding *a, const Finding *b) { return rank(a) < rank(b); });
    return rows;
}

void FindingsModel::reload()
{
    beginResetModel();
    m_rows = rowsOf(m_module);
    std::unordered_map<std::string_view, int> perRule;
    for (const Finding *f : m_rows)
        ++perRule[f->rule];
    m_titleShared.clear();
    for (const Finding *f : m_rows)
        m_titleShared.push_back(perRule[f->rule] > 1);
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : nullptr;
}

bool FindingsModel::isToggleable(const Finding &finding)
{
    return finding.kind != Kind::Info && finding.hasProposal;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = finding(index.row());
    if (!f)
        return {};
    if (role == FindingKeyRole)
        return QString::fromStdString(f->key());
    const QString rule = QString::fromUtf8(f->rule);
    switch (index.column()) {
    case AcceptColumn:
        if (role == Qt::CheckStateRole && isToggleable(*f) && !m_document->isDecidedElsewhere(*f))
            return m_document->decisions().accepted(*f) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) {
            if (const QString why = m_document->notMadeBecause(*f); !why.isEmpty())
                return why;
            return isToggleable(*f) ? tr("Accept or reject this change")
                                    : tr("Nothing to accept: this is for you to read or to do");
        }
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return Messages::kindName(f->kind);
        if (role == Qt::DecorationRole)
            return kindIcon(f->kind);
        break;
    case TitleColumn:
        // Rows of one rule say what each is about (ShmSize, LogConfig; each bind).
        if (role == Qt::DisplayRole && m_titleShared[std::size_t(index.row())])
            return Messages::findingTitle(rule, Messages::subjectText(*f));
        if (role == Qt::DisplayRole)
            return Messages::ruleTitle(rule);
        if (role == Qt::ToolTipRole)
            return m_document->message(*f);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return Messages::stateName(m_document->stateOf(*f), f->kind);
        if (role == Qt::ToolTipRole) {
            if (const QString why = m_document->notMadeBecause(*f); !why.isEmpty())
                return why;
        }
        break;
    }
    return {};
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Finding *f = finding(index.row());
    if (!f || role != Qt::CheckStateRole || index.column() != AcceptColumn || !isToggleable(*f))
        return false;
    const bool accepted = value.toInt() == Qt::Checked;
    if (accepted != m_document->decisions().accepted(*f))
        m_document->setAccepted(*f, accepted);
    return true;
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const Finding *f = finding(index.row());
    if (f && index.column() == AcceptColumn && isToggleable(*f)) {
        if (!m_document->isDecidedElsewhere(*f))
            flags |= Qt::ItemIsUserCheckable;
        else
            flags &= ~Qt::ItemIsEnabled; // the hand edit or the other change decides; undoing it gives the choice back
    }
    return flags;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AcceptColumn:
        return tr("Accept");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Finding");
    case StateColumn:
        return tr("State");
    }
    return {};
}

RulesModel::RulesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::opened, this, &RulesModel::reload);
    connect(document, &Document::resultChanged, this, [this] {
        if (m_rows.empty())
            return;
        recount();
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void RulesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document->isOpen()) {
        for (const Rule *rule : catalogue())
            m_rows.push_back({rule->info().id});
        recount();
        m_rows.erase(
            std::remove_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.count == 0; }), m_rows.end());
    }
    endResetModel();
}

void RulesModel::recount()
{
    std::unordered_map<std::string_view, std::size_t> rowOf;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        rowOf.emplace(m_rows[i].rule, i);
    std::vector<int> accepted(m_rows.size()), toggleable(m_rows.size());
    for (Row &row : m_rows)
        row.count = 0;
    for (const Finding &f : m_document->analysis().findings) {
        const auto at = rowOf.find(f.rule);
        if (at == rowOf.end())
            continue;
        ++m_rows[at->second].count;
        if (FindingsModel::isToggleable(f)) {
            ++toggleable[at->second];
            accepted[at->second] += m_document->decisions().accepted(f) ? 1 : 0;
        }
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].toggleable = toggleable[i] > 0;
        m_rows[i].state = accepted[i] == 0 ? Qt::Unchecked
            : accepted[i] == toggleable[i] ? Qt::Checked
                                           : Qt::PartiallyChecked;
    }
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const QString id = QString::fromStdString(row.rule);
    if (role == RuleIdRole)
        return id;
    const RuleInfo info = findRule(row.rule)->info();
    switch (index.column()) {
    case AcceptColumn:
        if (role == Qt::CheckStateRole && row.toggleable)
            return row.state;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return Messages::ruleTitle(id);
        if (role == Qt::ToolTipRole)
            return Messages::ruleExplanation(id);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return Messages::kindName(info.kind);
        if (role == Qt::DecorationRole)
            return kindIcon(info.kind);
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return row.count;
        break;
    }
    return {};
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != AcceptColumn || index.row() < 0 || index.row() >= rowCount())
        return false;
    const Row &row = m_rows[std::size_t(index.row())];
    if (!row.toggleable)
        return false;
    // A partly accepted rule becomes accepted everywhere on the first click.
    const bool accept = value.toInt() != Qt::Unchecked;
    m_document->setRuleAccepted(QString::fromStdString(row.rule), accept);
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == AcceptColumn && index.row() >= 0 && index.row() < rowCount()
        && m_rows[std::size_t(index.row())].toggleable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AcceptColumn:
        return tr("Everywhere");
    case TitleColumn:
        return tr("Rule");
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace EdgeShift
