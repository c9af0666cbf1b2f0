// The entry point of app_document_tests: a QCoreApplication (timers and queued signals for the
// autosave tests) and QStandardPaths' test mode, so the recent-files settings go to
// ~/.qttest rather than the user's own configuration.

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MurnauTests"));
    // CTest runs each test as its own process, two at a time: a name per process keeps their
    // settings (the recent files) and state folders (autosave) apart.
    QCoreApplication::setApplicationName(
        QStringLiteral("app_document_tests-%1").arg(QCoreApplication::applicationPid()));
    spdlog::set_level(spdlog::level::warn);   // the documents' info lines would drown the results
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());   // the process's own settings file
    return result;
}
