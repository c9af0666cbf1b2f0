#pragma once
// The comparison sheet (QML: ComparisonSheet): one page for the DP's decision, written as PNG
// or as a PDF page (by the file's suffix). Start, middle and end frames of every side side by
// side (grabbed from the compare view's own panels: the pictures the user sees), the readout
// plots (ComparisonPlotPainter) and the cost table of the open comparison (document.compare).
// Export runs asynchronously (it moves the shared playhead, waits for the panels to render,
// grabs them, then restores the playhead), reports progress and can be cancelled.
// The page itself is composed by paintComparisonSheet() (comparison_sheet_painter.h); the file is
// written through QSaveFile (a temporary file in the same folder, renamed over the target).

#include <vector>

#include <QImage>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QSharedPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/comparison_sheet_painter.h"
#include "app/bridge/shot_comparison.h"

namespace murnau {

class ComparisonSheet : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ShotComparison* comparison READ comparison WRITE setComparison NOTIFY comparisonChanged)
    // The panel items to grab (one View3D per side, in the comparison's side order).
    Q_PROPERTY(QVariantList views READ views WRITE setViews NOTIFY viewsChanged)
    // The project's name in the sheet's heading (QML: document.title, or document.displayName).
    Q_PROPERTY(QString projectTitle READ projectTitle WRITE setProjectTitle NOTIFY projectTitleChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)   // 0..1 while busy
    Q_PROPERTY(QString errorText READ errorText NOTIFY finished)        // why the last export failed, else ""

public:
    explicit ComparisonSheet(QObject* parent = nullptr);
    ~ComparisonSheet() override;

    // Starts writing the sheet to `path` (a local path or file: URL, ".png" or ".pdf"); false
    // (errorText says why) when no comparison is open, no views are set, or the suffix is unknown.
    Q_INVOKABLE bool exportSheet(const QString& path);
    Q_INVOKABLE void cancel();

    // The size of the PNG page, pixels: A4 landscape at 300 dpi.
    static constexpr int kPngWidthPx = 3508;
    static constexpr int kPngHeightPx = 2480;

    ShotComparison* comparison() const { return m_comparison; }
    void setComparison(ShotComparison* comparison);
    QVariantList views() const { return m_views; }
    void setViews(const QVariantList& views);
    QString projectTitle() const { return m_projectTitle; }
    void setProjectTitle(const QString& title);
    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString errorText() const { return m_errorText; }
    // The page content of the last export (its pictures and labels), for tests; its readouts
    // pointer is only valid while the comparison that made it stays open.
    [[nodiscard]] const ComparisonSheetContent& lastContent() const { return m_content; }

signals:
    void comparisonChanged();
    void viewsChanged();
    void projectTitleChanged();
    void progressChanged();
    void finished(bool ok, const QString& path);   // after success, failure or cancel

private:
    // The views as items (nullptr entries dropped); empty when one is missing or off-window.
    std::vector<QQuickItem*> viewItems() const;
    // Moves the playhead to the current row's frame and waits for the window's frames.
    void startRow();
    void onFrameSwapped();
    void onGrabbed();
    // The picture of side `side` as grabbed: cropped to the delivery frame lines when the view
    // shows the camera's full gate.
    QImage picture(std::size_t side, const QImage& grabbed) const;
    // Composes the page and writes the file.
    void writeSheet();
    // Ends the export: restores the playhead, clears the state, reports.
    void finish(bool ok, const QString& error);
    void setProgress(double progress);

    QPointer<ShotComparison> m_comparison;
    QVariantList m_views;
    QString m_projectTitle;
    bool m_busy = false;
    double m_progress = 0.0;
    QString m_errorText;

    // The export under way.
    QString m_path;                                  // the local file
    bool m_pdf = false;
    int m_restoreFrame = 0;                          // the playhead before the export
    std::vector<QPointer<QQuickItem>> m_items;       // the views being grabbed
    QPointer<QQuickWindow> m_window;                 // their window
    ComparisonSheetContent m_content;
    std::size_t m_row = 0;                           // the row being grabbed
    int m_framesToWait = 0;
    QMetaObject::Connection m_frameConnection;
    std::vector<QSharedPointer<QQuickItemGrabResult>> m_grabs;
    int m_grabsPending = 0;
    QTimer m_watchdog;                               // gives up when the frames or grabs never come
};

} // namespace murnau
