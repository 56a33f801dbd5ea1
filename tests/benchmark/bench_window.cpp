// Window figures for tests/benchmark/run.sh:
//   bench_window start          start EdgeShift's window as main() does, quit at its first paint
//   bench_window bare           the same with a bare QMainWindow, for comparison
//   bench_window toggle FILE N  open FILE in the window, select a module, toggle one finding N
//                               times; prints the mean milliseconds per toggle (decisions applied
//                               again, models and the FPGA | GPU view refreshed)
//   bench_window rule FILE RULE N  the same, toggling RULE for every module at once
#include "document.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

// Quits the application when the watched widget has painted once.
class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeShiftBenchmark"));
    FirstPaint firstPaint;
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        window.installEventFilter(&firstPaint);
        window.resize(1280, 800);
        window.show();
        return app.exec();
    }
    EdgeShift::Translator::setLanguage(EdgeShift::Translator::resolve(QString()));
    EdgeShift::MainWindow window;
    if (mode == QLatin1String("start")) {
        window.installEventFilter(&firstPaint);
        window.show();
        return app.exec();
    }
    const bool rule = mode == QLatin1String("rule");
    if ((mode != QLatin1String("toggle") || args.size() < 4) && (!rule || args.size() < 5)) {
        std::fprintf(stderr, "usage: bench_window start|bare|toggle FILE N | rule FILE RULE N\n");
        return 64;
    }
    window.show();
    window.openFile(args.at(2));
    while (window.isLoading() || !window.document()->isOpen())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    window.selectModule(int(window.document()->analysis().modules.size() / 2));
    const EdgeShift::Finding *finding = window.findingsModel()->finding(0);
    const int count = args.at(rule ? 4 : 3).toInt();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        if (rule)
            window.document()->setRuleAccepted(args.at(3), i % 2 == 1);
        else
            window.document()->setAccepted(*finding, i % 2 == 1);
        QCoreApplication::processEvents(); // let the views repaint what changed
    }
    // On a large manifest the decisions are applied in the background: the time is until the last
    // result is shown.
    window.document()->finishApplying();
    QCoreApplication::processEvents();
    std::printf("%.2f\n", double(timer.nsecsElapsed()) / 1e6 / count);
    window.document()->undoStack()->setClean();
    return 0;
}
