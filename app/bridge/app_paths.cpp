#include "app/bridge/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace murnau {

QString bundledDemoProjectPath()
{
    const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                              + QStringLiteral("/../share/murnau/demo/warehouse.murnau"));
    if (QFileInfo::exists(installed))
        return installed;
    const QString sourceTree = QStringLiteral(MURNAU_SOURCE_DEMO_PROJECT);
    if (QFileInfo::exists(sourceTree))
        return sourceTree;
    return installed;
}

} // namespace murnau
