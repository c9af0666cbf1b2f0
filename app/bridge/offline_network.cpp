#include "app/bridge/offline_network.h"

#include <QNetworkRequest>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace murnau {

bool OfflineNetworkAccessManager::isLocalScheme(const QString& scheme)
{
    return scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0
        || scheme.compare(QLatin1String("qrc"), Qt::CaseInsensitive) == 0
        || scheme.compare(QLatin1String("data"), Qt::CaseInsensitive) == 0;
}

QNetworkReply* OfflineNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                          QIODevice* outgoingData)
{
    if (isLocalScheme(request.url().scheme()))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    spdlog::warn("refused a network request to '{}': Murnau does not use the network",
                 request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200).toStdString());
    // A scheme no backend handles: the reply fails at once with ProtocolUnknownError, nothing is sent.
    QNetworkRequest refused(request);
    refused.setUrl(QUrl(QStringLiteral("murnau-offline:refused")));
    return QNetworkAccessManager::createRequest(operation, refused, nullptr);
}

QNetworkAccessManager* OfflineNetworkAccessManagerFactory::create(QObject* parent)
{
    return new OfflineNetworkAccessManager(parent);
}

} // namespace murnau
