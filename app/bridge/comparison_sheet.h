#pragma once
// The comparison sheet (QML: ComparisonSheet): one page for the DP's decision, written as PNG
// or as a PDF page (by the file's suffix). Start, middle and end frames of every side side by
// side (grabbed from the compare view's own panels: the pictures the user sees), the readout
// plots (ComparisonPlotPainter) and the cost table of the open comparison (document.compare).
// Export runs asynchronously (it moves the shared playhead, waits for the panels to render,
// grabs them, then restores the playhead), reports progress and can be cancelled.

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/shot_comparison.h"

namespace murnau {

class ComparisonSheet : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ShotComparison* comparison READ comparison WRITE setComparison NOTIFY comparisonChanged)
    // The panel items to grab (one View3D per side, in the comparison's side order).
    Q_PROPERTY(QVariantList views READ views WRITE setViews NOTIFY viewsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)   // 0..1 while busy
    Q_PROPERTY(QString errorText READ errorText NOTIFY finished)        // why the last export failed, else ""

public:
    explicit ComparisonSheet(QObject* parent = nullptr);

    // Starts writing the sheet to `path` (a local path or file: URL, ".png" or ".pdf"); false
    // (errorText says why) when no comparison is open, no views are set, or the suffix is unknown.
    Q_INVOKABLE bool exportSheet(const QString& path);
    Q_INVOKABLE void cancel();

    ShotComparison* comparison() const { return m_comparison; }
    void setComparison(ShotComparison* comparison);
    QVariantList views() const { return m_views; }
    void setViews(const QVariantList& views);
    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString errorText() const { return m_errorText; }

signals:
    void comparisonChanged();
    void viewsChanged();
    void progressChanged();
    void finished(bool ok, const QString& path);   // after success, failure or cancel

private:
    QPointer<ShotComparison> m_comparison;
    QVariantList m_views;
    bool m_busy = false;
    double m_progress = 0.0;
    QString m_errorText;
};

} // namespace murnau
