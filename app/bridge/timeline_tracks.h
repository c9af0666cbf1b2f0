#pragma once
// The tracks of the timeline for the shown shot: a "Camera" group with one track per rig channel
// (core's rigChannels(), in channel order, with their labels and units) and a "Cast" group with
// one track per actor whose blocking is in the shot's scene (in the scene's blocking order).
// Which tracks are hidden and which groups are folded is view state, kept by id across shots,
// so hiding "Roll" hides it in every shot. The layout stacks the shown rows from the top in
// item pixels: a group row, then (unless the group is folded) its tracks.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QString>

#include "core/rig/camera_rig.h"
#include "core/scene/project.h"

namespace murnau {

enum class TrackKind {
    Group,     // "Camera" or "Cast": a summary of its tracks' keys, folds them
    Channel,   // one rig channel's keys
    Actor,     // one actor's marks (bars from arrival to departure) and walks
};

struct TimelineTrack {
    TrackKind kind = TrackKind::Channel;
    QString id;                          // stable: "group:camera", "group:cast", "channel:dollyM", "actor:Anna"
    QString label;                       // "Camera", "Dolly", "Anna"
    QString unit;                        // "m", "deg", "mm", "" (groups, actors, f-stop)
    QString group;                       // the group it belongs to: "camera" or "cast" (its own for a group)
    RigChannel channel = RigChannel::Dolly;   // Channel tracks
    std::string actor;                   // Actor tracks: the actor's name
};

// Hidden tracks and folded groups, by track id.
struct TrackVisibility {
    std::set<QString> hidden;
    std::set<QString> folded;            // group ids ("group:camera")
};

// A shown row and where it is: top and height in pixels from the top of the tracks area.
struct TrackRow {
    TimelineTrack track;
    double topPx = 0.0;
    double heightPx = 0.0;

    [[nodiscard]] double centreY() const { return topPx + 0.5 * heightPx; }
    [[nodiscard]] bool contains(double y) const { return y >= topPx && y < topPx + heightPx; }
};

// Row heights, pixels.
inline constexpr double kGroupRowHeightPx = 22.0;
inline constexpr double kTrackRowHeightPx = 24.0;

// Every track of the shot shown in scene `sceneIndex` (groups included, hidden ones too); only
// the camera tracks without a scene.
[[nodiscard]] std::vector<TimelineTrack> timelineTracks(const Project& project, std::optional<std::size_t> sceneIndex);

// The rows shown for `tracks` under `visibility`: a group row always, its tracks unless the
// group is folded or they are hidden.
[[nodiscard]] std::vector<TrackRow> layoutTrackRows(const std::vector<TimelineTrack>& tracks,
                                                    const TrackVisibility& visibility);

// The id of a channel's track ("channel:dollyM").
[[nodiscard]] QString channelTrackId(RigChannel channel);

} // namespace murnau
