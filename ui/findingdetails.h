#pragma once

#include <QWidget>

#include <functional>
#include <map>

#include <string>

class QFormLayout;
class QLabel;
class QTimer;

namespace EdgeShift {

class Document;
struct Finding;

// The selected finding in full: its explanation, the article section it comes from, and its
// editable parameters, validated as the operator types.
class FindingDetails : public QWidget {
    Q_OBJECT

public:
    explicit FindingDetails(Document *document, QWidget *parent = nullptr);

    // nullptr: nothing selected.
    void setFinding(const Finding *finding);
    // Takes the value typed and not taken yet (on a large manifest, taken when the typing pauses).
    void commitPending();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshValues();
    void showMessage(); // the finding's sentence, and why its change is not made when it is not
    void updateEditable(); // whether its values can be edited as its change now stands
    // Scrolls the pane (a QScrollArea holds it) so that `widget` (a value's error) is seen.
    void showInScrollArea(QWidget *widget);

    Document *m_document;
    std::string m_key; // the finding shown, by key (findings are looked up again after changes)
    const Finding *m_finding = nullptr;
    // Each text parameter's check, by name: run again when another parameter changes (a source
    // that was a share's name is no host path once the mount type is bind).
    std::map<QString, std::function<bool(const QString &)>> m_validators;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_notMade; // why an accepted change is not made, when it is not
    QLabel *m_explanation;
    QLabel *m_source;
    QWidget *m_paramsBox;
    QFormLayout *m_params;
    // A value typed on a large manifest, taken when the typing pauses, the edit ends or another
    // finding is shown.
    QTimer *m_commitTimer;
    std::function<void()> m_pendingCommit;
};

} // namespace EdgeShift
