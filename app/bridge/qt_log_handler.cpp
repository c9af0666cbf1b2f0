#include "app/bridge/qt_log_handler.h"

#include <QString>
#include <QtGlobal>

#include <spdlog/spdlog.h>

namespace murnau {

namespace {

void forwardToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[qt:{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[qt:{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[qt:{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("[qt:{}] {}", category, text);
        break;
    }
}

} // namespace

void installQtMessageHandler()
{
    qInstallMessageHandler(forwardToSpdlog);
}

} // namespace murnau
