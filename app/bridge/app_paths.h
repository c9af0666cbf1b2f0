#pragma once
// Where the app finds its bundled files.

#include <QString>

namespace murnau {

// The bundled demo project: <prefix>/share/murnau/demo/warehouse.murnau next to an
// installed binary (<prefix>/bin/murnau), else the source tree's assets/demo when run
// from a build directory. If neither exists, the installed path (so the error names it).
QString bundledDemoProjectPath();

} // namespace murnau
