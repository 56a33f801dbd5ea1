#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace EdgeShift {

class Document;
struct Finding;

// The findings of one module (or of the whole manifest) as rows: an accept/reject check box,
// the kind, the title and where the finding stands. Checking a row pushes a decision command.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AcceptColumn, KindColumn, TitleColumn, StateColumn, ColumnCount };
    enum Roles { FindingKeyRole = Qt::UserRole + 1 };

    explicit FindingsModel(Document *document, QObject *parent = nullptr);

    // SIZE_MAX: the findings about the whole manifest.
    void setModule(std::size_t module);
    std::size_t module() const { return m_module; }
    const Finding *finding(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isToggleable(const Finding &finding);

private:
    void reload();
    std::vector<const Finding *> rowsOf(std::size_t module) const; // the rows, in their order

    Document *m_document;
    std::size_t m_module = static_cast<std::size_t>(-1);
    std::vector<const Finding *> m_rows;
    std::vector<bool> m_titleShared; // by row: whether another row has the same rule
};

// Every rule with findings in the manifest, with a check box that accepts or rejects it for every
// module at once (partly checked when the modules differ).
class RulesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AcceptColumn, TitleColumn, KindColumn, CountColumn, ColumnCount };
    enum Roles { RuleIdRole = Qt::UserRole + 1 };

    explicit RulesModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::string rule;
        int count = 0;
        bool toggleable = false;
        Qt::CheckState state = Qt::Unchecked; // accepted for every module, some, or none
    };
    void reload();
    // Counts each rule's findings and how many are accepted, in one pass over the findings.
    void recount();

    Document *m_document;
    std::vector<Row> m_rows;
};

} // namespace EdgeShift
