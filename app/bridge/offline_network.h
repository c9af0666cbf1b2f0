#pragma once
// Murnau never uses the network: a QML engine given this factory refuses every request whose
// scheme is not local (file:, qrc:, data:), so no string from a project (a name shown as rich
// text, an image source, a model URL) can make the app connect anywhere and tell a sender that
// the file was opened (docs/untrusted-files.md). Refused requests fail with
// ProtocolUnknownError and a warning in the log.

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

namespace murnau {

// Network access that only reaches local files.
class OfflineNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Whether a URL with this scheme stays on this machine (file, qrc, data; any case).
    static bool isLocalScheme(const QString& scheme);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;
};

// What QQmlEngine::setNetworkAccessManagerFactory takes: one OfflineNetworkAccessManager per
// thread that asks (create() may be called from the engine's loader threads).
class OfflineNetworkAccessManagerFactory : public QQmlNetworkAccessManagerFactory {
public:
    QNetworkAccessManager* create(QObject* parent) override;
};

} // namespace murnau
