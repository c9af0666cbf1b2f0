#include "app/bridge/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace murnau {

namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::paths() const
{
    QStringList existing;
    for (const QString& path : stored()) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    return existing;
}

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString entry = normalised(path);
    QStringList entries = stored();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > kMaxEntries)
        entries.removeLast();
    store(entries);
}

void RecentFiles::remove(const QString& path)
{
    QStringList entries = stored();
    if (entries.removeAll(normalised(path)) > 0)
        store(entries);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::stored() const
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, paths);
    emit pathsChanged();
}

} // namespace murnau
