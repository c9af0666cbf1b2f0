#include "app/bridge/shot_comparison.h"

#include "app/bridge/project_document.h"

// FOUNDATION STUB: the bridge helper replaces this file with the real model.

namespace murnau {

ShotComparison::ShotComparison(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document) {}

void ShotComparison::reset() { emit requestChanged(); }
bool ShotComparison::open() { return false; }
void ShotComparison::close() {}
bool ShotComparison::keep(const QStringList&) { return false; }
void ShotComparison::play() {}
void ShotComparison::pause() {}
void ShotComparison::togglePlay() {}
void ShotComparison::stepFrames(int) {}
void ShotComparison::projectChanged() {}
QStringList ShotComparison::subjects() const { return {}; }
void ShotComparison::setSubject(const QString& subject) { m_subject = subject; emit requestChanged(); }
void ShotComparison::setFromText(const QString& text) { m_fromText = text; emit requestChanged(); }
void ShotComparison::setToText(const QString& text) { m_toText = text; emit requestChanged(); }
void ShotComparison::setFocalLengthText(const QString& text) { m_focalLengthText = text; emit requestChanged(); }
void ShotComparison::setDurationText(const QString& text) { m_durationText = text; emit requestChanged(); }
void ShotComparison::setWithDollyZoom(bool on) { m_withDollyZoom = on; emit requestChanged(); }
void ShotComparison::setFromShot(bool on) { m_fromShot = on; emit requestChanged(); }
QString ShotComparison::sourceLabel() const { return {}; }
QVariantList ShotComparison::panels() const { return {}; }
int ShotComparison::panelCount() const { return 0; }
QVariantList ShotComparison::backgrounds() const { return {}; }
void ShotComparison::setBackground(const QString& key) { m_background = key; emit comparisonChanged(); }
void ShotComparison::setBackgroundBehindText(const QString& text) { m_backgroundBehindText = text; emit comparisonChanged(); }
QVariantList ShotComparison::costRows() const { return {}; }
int ShotComparison::frameCount() const { return 1; }
double ShotComparison::fps() const { return 24.0; }
void ShotComparison::setFrame(int frame) { m_frame = frame; emit timeChanged(); }
QString ShotComparison::timecode() const { return {}; }
QVariantMap ShotComparison::readout() const { return {}; }

} // namespace murnau
