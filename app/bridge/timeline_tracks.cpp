#include "app/bridge/timeline_tracks.h"

#include <QCoreApplication>

namespace murnau {

QString channelTrackId(RigChannel channel)
{
    return QStringLiteral("channel:") + QString::fromUtf8(rigChannelInfo(channel).key.data(),
                                                          static_cast<int>(rigChannelInfo(channel).key.size()));
}

std::vector<TimelineTrack> timelineTracks(const Project& project, std::optional<std::size_t> sceneIndex)
{
    std::vector<TimelineTrack> tracks;
    const QString camera = QStringLiteral("camera");
    tracks.push_back({TrackKind::Group, QStringLiteral("group:camera"),
                      QCoreApplication::translate("TimelineTracks", "Camera"), {}, camera, RigChannel::Dolly, {}});
    for (const RigChannelInfo& info : rigChannels()) {
        TimelineTrack track;
        track.kind = TrackKind::Channel;
        track.id = channelTrackId(info.channel);
        track.label = QString::fromUtf8(info.label.data(), static_cast<int>(info.label.size()));
        track.unit = QString::fromUtf8(info.unit.data(), static_cast<int>(info.unit.size()));
        track.group = camera;
        track.channel = info.channel;
        tracks.push_back(track);
    }
    if (!sceneIndex || *sceneIndex >= project.scenes.size())
        return tracks;
    const QString cast = QStringLiteral("cast");
    tracks.push_back({TrackKind::Group, QStringLiteral("group:cast"), QCoreApplication::translate("TimelineTracks", "Cast"),
                      {}, cast, RigChannel::Dolly, {}});
    for (const ActorBlocking& blocking : project.scenes[*sceneIndex].blocking) {
        TimelineTrack track;
        track.kind = TrackKind::Actor;
        track.id = QStringLiteral("actor:") + QString::fromStdString(blocking.actor);
        track.label = QString::fromStdString(blocking.actor);
        track.group = cast;
        track.actor = blocking.actor;
        tracks.push_back(track);
    }
    return tracks;
}

std::vector<TrackRow> layoutTrackRows(const std::vector<TimelineTrack>& tracks, const TrackVisibility& visibility)
{
    std::vector<TrackRow> rows;
    double top = 0.0;
    bool groupFolded = false;
    for (const TimelineTrack& track : tracks) {
        if (track.kind == TrackKind::Group) {
            groupFolded = visibility.folded.contains(track.id);
            rows.push_back({track, top, kGroupRowHeightPx});
            top += kGroupRowHeightPx;
            continue;
        }
        if (groupFolded || visibility.hidden.contains(track.id))
            continue;
        rows.push_back({track, top, kTrackRowHeightPx});
        top += kTrackRowHeightPx;
    }
    return rows;
}

} // namespace murnau
