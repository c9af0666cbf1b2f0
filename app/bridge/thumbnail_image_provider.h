#pragma once
// The rendered shot thumbnails as QML images: a thread-safe store of one picture per shot
// (ShotThumbnailer fills it) and the image provider that serves it to Image items as
// "image://<provider id>/<shot id>/<version>" (the version changes when the picture does, so
// QML loads the new one).

#include <map>
#include <memory>
#include <mutex>

#include <QImage>
#include <QQuickImageProvider>
#include <QString>

namespace murnau {

// One picture per shot id; read from the image provider's thread, written on the GUI thread.
class ThumbnailStore {
public:
    void put(const QString& shotId, const QImage& image);
    void remove(const QString& shotId);
    // The picture of the shot, or a null image.
    [[nodiscard]] QImage get(const QString& shotId) const;

private:
    mutable std::mutex m_mutex;
    std::map<QString, QImage> m_images;
};

class ThumbnailImageProvider : public QQuickImageProvider {
public:
    explicit ThumbnailImageProvider(std::shared_ptr<const ThumbnailStore> store);

    // `id` is "<shot id>/<version>"; the version only makes the URL new.
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    std::shared_ptr<const ThumbnailStore> m_store;
};

} // namespace murnau
