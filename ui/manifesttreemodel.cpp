#include "manifesttreemodel.h"

#include "document.h"
#include "messages.h"
#include "statusicons.h"

namespace EdgeShift {

namespace {

// Internal ids: a group row is (group + 1) << 32; a leaf is that plus its row + 1.
constexpr quintptr kGroupShift = 32;
quintptr groupId(int group)
{
    return quintptr(group + 1) << kGroupShift;
}
int groupOf(quintptr id)
{
    return int(id >> kGroupShift) - 1;
}
int leafRow(quintptr id)
{
    return int(id & 0xffffffffu) - 1;
}

} // namespace

ManifestTreeModel::ManifestTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &Document::opened, this, &ManifestTreeModel::reset);
    connect(document, &Document::resultChanged, this, &ManifestTreeModel::refresh);
    reset();
}

void ManifestTreeModel::reset()
{
    beginResetModel();
    m_modules[0].clear();
    m_modules[1].clear();
    if (m_document->isOpen()) {
        const auto &modules = m_document->analysis().modules;
        for (std::size_t i = 0; i < modules.size(); ++i)
            m_modules[modules[i].system ? 0 : 1].push_back(int(i));
    }
    recompute();
    endResetModel();
}

void ManifestTreeModel::recompute()
{
    m_routes.clear();
    m_twins.clear();
    m_shown.clear();
    if (m_document->isOpen()) {
        const Analysis &analysis = m_document->analysis();
        const Result &result = m_document->result();
        auto counted = [](const Finding &f) { return f.kind == Kind::Info ? 0 : 1; };
        m_shown.reserve(analysis.modules.size());
        for (std::size_t i = 0; i < analysis.modules.size(); ++i) {
            int findings = 0;
            for (std::size_t fi : analysis.modules[i].findings)
                findings += counted(analysis.findings[fi]);
            m_shown.push_back({result.status[i], result.names[i], findings});
        }
        for (const Finding &problem : result.problems) {
            if (problem.moduleIndex < m_shown.size())
                m_shown[problem.moduleIndex].findings += counted(problem);
        }
        // As the result has them: a renamed module's route and twin section are renamed there.
        const Json &document = m_document->result().document;
        m_routes = Manifest::routesOf(document, analysis.manifest->form());
        for (const std::string &twin : Manifest::twinSectionsOf(document, analysis.manifest->form()))
            m_twins.push_back(QString::fromStdString(twin));
    }
}

void ManifestTreeModel::refresh()
{
    // Only the rows that look different: the tree sizes a column to its contents, and measures
    // every row again for each change it is told about. So the rows of a group that changed go in
    // few signals, runs of rows at a time (one signal for the group when there are many runs: a
    // rule decided for every module changes thousands of rows).
    const auto shown = std::move(m_shown);
    const auto routes = std::move(m_routes);
    const auto twins = std::move(m_twins);
    recompute();
    std::vector<int> rows;
    auto flush = [this, &rows](int group) {
        if (rows.empty())
            return;
        constexpr std::size_t kMaxSignals = 8;
        const QModelIndex parent = index(group, 0);
        auto emitRange = [&](int first, int last) {
            emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
        };
        std::size_t runs = 0;
        for (std::size_t i = 0; i < rows.size(); ++i)
            runs += i == 0 || rows[i] != rows[i - 1] + 1;
        if (runs > kMaxSignals) {
            emitRange(rows.front(), rows.back());
        } else {
            for (std::size_t first = 0; first < rows.size();) {
                std::size_t last = first;
                while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
                    ++last;
                emitRange(rows[first], rows[last]);
                first = last + 1;
            }
        }
        rows.clear();
    };
    for (int group : {SystemModules, Modules}) {
        const auto &modules = m_modules[group == SystemModules ? 0 : 1];
        for (std::size_t row = 0; row < modules.size(); ++row) {
            const auto module = std::size_t(modules[row]);
            if (module >= shown.size() || shown[module] != m_shown[module])
                rows.push_back(int(row));
        }
        flush(group);
    }
    for (std::size_t row = 0; row < m_routes.size(); ++row) {
        if (row >= routes.size() || routes[row].route != m_routes[row].route)
            rows.push_back(int(row));
    }
    flush(Routes);
    for (std::size_t row = 0; row < m_twins.size(); ++row) {
        if (row >= twins.size() || twins[row] != m_twins[row])
            rows.push_back(int(row));
    }
    flush(Twins);
}

QModelIndex ManifestTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId(row));
    return createIndex(row, column, groupId(parent.row()) + quintptr(row + 1));
}

QModelIndex ManifestTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || leafRow(child.internalId()) < 0)
        return {};
    return createIndex(groupOf(child.internalId()), 0, groupId(groupOf(child.internalId())));
}

int ManifestTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document->isOpen())
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || leafRow(parent.internalId()) >= 0)
        return 0;
    switch (groupOf(parent.internalId())) {
    case SystemModules:
        return int(m_modules[0].size());
    case Modules:
        return int(m_modules[1].size());
    case Routes:
        return int(m_routes.size());
    case Twins:
        return int(m_twins.size());
    }
    return 0;
}

int ManifestTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ManifestTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document->isOpen())
        return {};
    const int group = groupOf(index.internalId());
    const int row = leafRow(index.internalId());
    if (role == GroupRole)
        return group;
    if (row < 0) {
        if (role == ModuleIndexRole || role == StatusRole)
            return -1;
        if (role != Qt::DisplayRole || index.column() != NameColumn)
            return {};
        switch (group) {
        case SystemModules:
            return tr("System modules");
        case Modules:
            return tr("Modules");
        case Routes:
            return tr("Routes");
        case Twins:
            return tr("Module twins");
        }
        return {};
    }

    if (group == SystemModules || group == Modules) {
        const int module = m_modules[group == SystemModules ? 0 : 1][std::size_t(row)];
        const Shown &shown = m_shown[std::size_t(module)];
        const ModuleStatus status = shown.status;
        const QString name = QString::fromStdString(m_document->analysis().modules[std::size_t(module)].name);
        const QString renamed = QString::fromStdString(shown.name);
        const int count = shown.findings;
        switch (role) {
        case ModuleIndexRole:
            return module;
        case RouteIndexRole:
            return -1;
        case StatusRole:
            return int(status);
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                //: A renamed module: old name → new name
                return renamed == name ? name : tr("%1 → %2").arg(name, renamed);
            return count == 0 ? QString() : QString::number(count);
        case Qt::DecorationRole:
            return index.column() == NameColumn ? QVariant(statusIcon(status)) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == StatusColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ToolTipRole:
            return tr("%1: %2, %n finding(s)", nullptr, count).arg(name, Messages::statusName(status));
        }
        return {};
    }
    if (role == RouteIndexRole)
        return group == Routes ? row : -1;
    if (role == ModuleIndexRole || role == StatusRole)
        return -1;
    if (group == Routes) {
        const RouteRef &route = m_routes[std::size_t(row)];
        // The whole route beside its name, in the column that stretches: the narrow count column
        // beside it stays sized to the counts.
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            //: A route in the manifest tree: %1 its name, %2 the route itself
            return tr("%1: %2").arg(QString::fromStdString(route.name), QString::fromStdString(route.route));
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(route.route);
        return {};
    }
    if (group == Twins && role == Qt::DisplayRole && index.column() == NameColumn)
        return m_twins[std::size_t(row)];
    return {};
}

QVariant ManifestTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Manifest");
    //: Column of the manifest tree: how many findings a module has
    return tr("Findings");
}

QModelIndex ManifestTreeModel::indexOfModule(int module) const
{
    for (int group : {0, 1}) {
        const auto &list = m_modules[group];
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i] == module)
                return index(int(i), 0, index(group == 0 ? SystemModules : Modules, 0));
        }
    }
    return {};
}

void AttentionFilterModel::setAttentionOnly(bool on)
{
    if (on == m_attentionOnly)
        return;
    m_attentionOnly = on;
    // Only while filtering: recursive filtering tells the view a group changed with each module in it.
    setRecursiveFilteringEnabled(on);
    invalidateFilter();
}

bool AttentionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_attentionOnly)
        return true;
    // A group of modules is shown for the modules in it that are (recursive filtering): none, no group.
    if (!sourceParent.isValid())
        return sourceRow != ManifestTreeModel::SystemModules && sourceRow != ManifestTreeModel::Modules;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(ManifestTreeModel::StatusRole).toInt();
    return status < 0 || status == int(ModuleStatus::NeedsOperator);
}

} // namespace EdgeShift
