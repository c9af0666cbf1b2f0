// The entry point of app_document_tests: a QCoreApplication (timers and queued signals for the
// autosave tests) and QStandardPaths' test mode, so the recent-files settings go to
// ~/.qttest rather than the user's own configuration.

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MurnauTests"));
    QCoreApplication::setApplicationName(QStringLiteral("app_document_tests"));
    spdlog::set_level(spdlog::level::warn);   // the documents' info lines would drown the results
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
