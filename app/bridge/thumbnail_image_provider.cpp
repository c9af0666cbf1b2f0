#include "app/bridge/thumbnail_image_provider.h"

namespace murnau {

void ThumbnailStore::put(const QString& shotId, const QImage& image)
{
    const std::lock_guard lock(m_mutex);
    m_images[shotId] = image;
}

void ThumbnailStore::remove(const QString& shotId)
{
    const std::lock_guard lock(m_mutex);
    m_images.erase(shotId);
}

QImage ThumbnailStore::get(const QString& shotId) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_images.find(shotId);
    return found == m_images.end() ? QImage() : found->second;
}

ThumbnailImageProvider::ThumbnailImageProvider(std::shared_ptr<const ThumbnailStore> store)
    : QQuickImageProvider(QQuickImageProvider::Image), m_store(std::move(store))
{
}

QImage ThumbnailImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    QImage image = m_store->get(slash < 0 ? id : id.left(slash));
    if (!image.isNull() && requestedSize.width() > 0 && requestedSize.height() > 0 && requestedSize != image.size())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace murnau
