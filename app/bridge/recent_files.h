#pragma once
// The File menu's "Open Recent" list: the projects last opened or saved, newest first, kept
// in the user's settings (QSettings, key "recentFiles") across sessions.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace murnau {

class RecentFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RecentFiles is owned by ProjectDocument")

    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)   // absolute paths, newest first, existing files only

public:
    static constexpr int kMaxEntries = 10;   // how many the menu lists

    explicit RecentFiles(QObject* parent = nullptr);

    // The remembered files that still exist, newest first.
    QStringList paths() const;
    // Puts `path` (made absolute and clean) at the top, dropping an older entry of the same file.
    void add(const QString& path);
    // Forgets `path` (a file that failed to open).
    Q_INVOKABLE void remove(const QString& path);
    // Forgets every entry.
    Q_INVOKABLE void clear();

signals:
    void pathsChanged();

private:
    QStringList stored() const;
    void store(const QStringList& paths);
};

} // namespace murnau
