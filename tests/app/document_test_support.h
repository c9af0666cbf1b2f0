#pragma once
// What the document tests share: the demo project, copied into a temporary folder with its
// model files so saves never touch the source tree, and reading a list model's role by name.

#include <QAbstractListModel>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include "core/scene/project.h"
#include "core/scene/project_json.h"

namespace murnau::testing {

inline const QString kDemoFolder = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo");

// A temporary folder holding a copy of the demo project as warehouse.murnau, and its models/.
class DemoCopy {
public:
    DemoCopy()
    {
        EXPECT_TRUE(m_dir.isValid());
        copyFile(kDemoFolder + QStringLiteral("/warehouse.murnau"), path());
        const QDir models(kDemoFolder + QStringLiteral("/models"));
        if (models.exists()) {
            EXPECT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("models")));
            for (const QString& name : models.entryList(QDir::Files))
                copyFile(models.filePath(name), m_dir.filePath(QStringLiteral("models/") + name));
        }
    }
    QString path() const { return m_dir.filePath(QStringLiteral("warehouse.murnau")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

private:
    static void copyFile(const QString& from, const QString& to)
    {
        EXPECT_TRUE(QFile::copy(from, to)) << from.toStdString();
        // A copy keeps the source's permission bits: saves over it must be allowed.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }

    QTemporaryDir m_dir;
};

// The project core reads from `path` (empty, with a test failure, if it cannot).
inline Project coreLoad(const QString& path)
{
    Result<Project> project = loadProject(path.toStdString());
    EXPECT_TRUE(project.ok()) << (project.ok() ? "" : project.error().describe());
    return project.ok() ? std::move(project).value() : Project{};
}

inline QVariant roleData(const QAbstractListModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    EXPECT_NE(role, -1) << "no role named " << roleName.constData();
    return model.data(model.index(row, 0), role);
}

} // namespace murnau::testing
