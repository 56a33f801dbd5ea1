#pragma once

#include "diff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace EdgeShift {

class Document;

// FPGA | GPU: the selected module's original createOptions beside the resulting ones, with the
// line diff highlighted and the two sides scrolling together. The GPU side can be edited by hand:
// invalid JSON is marked where it breaks; valid JSON becomes an undoable hand edit.
class DiffView : public QWidget {
    Q_OBJECT

public:
    explicit DiffView(Document *document, QWidget *parent = nullptr);

    // SIZE_MAX: nothing selected.
    void setModule(std::size_t module);
    std::size_t module() const { return m_module; }
    // Shows route `route` of the manifest (an index into its routes) as written and as the result
    // has it (the modules it names renamed), read-only; SIZE_MAX: none.
    void setRoute(std::size_t route);
    std::size_t route() const { return m_route; }

    QPlainTextEdit *fpgaEdit() const { return m_left; }
    QPlainTextEdit *gpuEdit() const { return m_right; }
    // The rest of the module (env section, image), before and after: shown when a change touches
    // it (nullptr until one first does).
    QWidget *settingsView() const { return m_settings; }
    QPlainTextEdit *fpgaSettingsEdit() const { return m_settingsLeft; }
    QPlainTextEdit *gpuSettingsEdit() const { return m_settingsRight; }
    // Whether the GPU side holds JSON that cannot be used (the window refuses to save then).
    bool hasInvalidEdit() const { return m_invalid; }
    // Takes the GPU side's text as a hand edit now (otherwise it is taken after a short pause).
    void commitEdit();

signals:
    void validityChanged(bool invalid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showRoute(); // refresh() for the route shown
    // The GPU side takes typing where it shows the module's result as decided: not for a module
    // left as it was, nor while the decisions are applied in the background (unless a hand edit
    // is the module's: the rules no longer change its createOptions).
    void updateEditable();
    void onResultChanged();
    void onEdited();
    void setInvalid(bool invalid, const QString &message = {}, int line = 0, int column = 0);
    // The line diff of `left` and `right` (the texts shown) highlighted, and what the status says
    // of editing the GPU side.
    void showEditState(const std::string &left, const std::string &right);
    void syncScroll(QPlainTextEdit *from, QPlainTextEdit *to, const std::vector<int> &map);
    void createSettingsView();

    Document *m_document;
    std::size_t m_module = static_cast<std::size_t>(-1);
    std::size_t m_route = static_cast<std::size_t>(-1);
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_status;
    QPushButton *m_revert;
    QWidget *m_settings = nullptr;
    QLabel *m_settingsTitle = nullptr;
    QPlainTextEdit *m_settingsLeft = nullptr;
    QPlainTextEdit *m_settingsRight = nullptr;
    QTimer *m_editTimer;
    SideBySide m_diff;
    bool m_updating = false;
    bool m_syncing = false;
    bool m_invalid = false;
    bool m_committing = false; // the result changes because of the text typed here: keep it as typed
    bool m_awaitingResult = false; // an edit taken here is being applied in the background
};

} // namespace EdgeShift
