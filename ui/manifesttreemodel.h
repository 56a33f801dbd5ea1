#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include "engine.h"

#include <vector>

namespace EdgeShift {

class Document;

// The manifest as a tree: system modules, modules (with their status and the number of findings),
// routes and module twin sections, under four group rows.
class ManifestTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Group { SystemModules, Modules, Routes, Twins, GroupCount };
    enum Roles {
        ModuleIndexRole = Qt::UserRole + 1, // the module's index in the analysis, or -1
        StatusRole, // ModuleStatus as int, or -1
        GroupRole,
        RouteIndexRole, // a route row's index among the manifest's routes, or -1
    };
    enum Column { NameColumn, StatusColumn, ColumnCount };

    explicit ManifestTreeModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of module `module` (an index into the analysis).
    QModelIndex indexOfModule(int module) const;

private:
    void reset();
    void recompute();
    void refresh();

    Document *m_document;
    std::vector<int> m_modules[2]; // analysis indices of system modules and modules
    std::vector<RouteRef> m_routes; // as in the result: they follow renamed modules
    std::vector<QString> m_twins; // likewise
    // What a module's row shows: its status, its name in the result, and how many findings it has
    // to decide or read (notes aside; problems found while applying included).
    struct Shown {
        ModuleStatus status;
        std::string name;
        int findings;
        bool operator==(const Shown &) const = default;
    };
    std::vector<Shown> m_shown; // by module index
};

// Shows only the modules that need the operator, when asked to.
class AttentionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_attentionOnly = false;
};

} // namespace EdgeShift
