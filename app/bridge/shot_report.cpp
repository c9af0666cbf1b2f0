#include "app/bridge/shot_report.h"

// Foundation stub: the clips-and-report helper replaces this file.

#include "app/bridge/project_document.h"

namespace murnau {

ShotReport::ShotReport(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document) {}

void ShotReport::rebuild() {}

void ShotReport::schedule() {}

} // namespace murnau
