#pragma once
// Where things are on the timeline's tracks, shared by its painter and its mouse handling: the
// ruler at the top, the warnings lane under it, then the track rows (scrolled vertically); keys
// as diamonds at their time on their channel's row (and, on the Camera group row, one summary
// diamond per time any channel has a key), marks as bars from arrival to departure on their
// actor's row (scene action time shifted by the shot's actionStart), warnings as spans in the
// lane. Item pixels throughout; times are shot time.

#include <optional>
#include <string>
#include <vector>

#include <QRectF>
#include <QString>

#include "app/bridge/key_editor.h"
#include "app/bridge/timeline_tracks.h"
#include "core/rig/camera_rig.h"
#include "core/scene/blocking.h"
#include "core/timeline/time_axis.h"

namespace murnau {

inline constexpr double kRulerHeightPx = 26.0;        // frame numbers or timecode, and the in/out marks
inline constexpr double kWarningLaneHeightPx = 12.0;  // the feasibility warnings
inline constexpr double kKeyHitPx = 7.0;              // how near (horizontally) a click must be to pick a key
inline constexpr double kMarkEdgeHitPx = 4.0;         // grab zone of a mark bar's ends, pixels
inline constexpr double kMinBarWidthPx = 6.0;         // a mark held for no time is still this wide

// A warning of the feasibility report over its time range (document.report.warnings).
struct TimelineWarning {
    double startSeconds = 0.0;   // shot time
    double endSeconds = 0.0;
    QString severity;            // "note", "caution", "problem"
    QString message;
    int rigChannel = -1;         // the RigChannel it points at, or -1
};

// Which part of a mark bar is under the pointer: the bar moves both times, an end one of them.
enum class MarkPart { Body, Arrive, Leave };

struct MarkHit {
    std::string actor;
    std::size_t markIndex = 0;
    MarkPart part = MarkPart::Body;
};

struct TimelineLayout {
    TimeAxis axis;
    double widthPx = 0.0;
    double heightPx = 0.0;
    double scrollYPx = 0.0;          // rows scrolled up by this much
    std::vector<TrackRow> rows;      // shown rows, tops from the top of the tracks area

    [[nodiscard]] static constexpr double tracksTop() { return kRulerHeightPx + kWarningLaneHeightPx; }
    // A row's rectangle in item pixels.
    [[nodiscard]] QRectF rowRect(const TrackRow& row) const;
    // The row under item y (none over the ruler and the lane).
    [[nodiscard]] const TrackRow* rowAt(double y) const;
    [[nodiscard]] const TrackRow* rowOfChannel(RigChannel channel) const;
    [[nodiscard]] const TrackRow* rowOfActor(const std::string& actor) const;
    // Total height of the rows, pixels.
    [[nodiscard]] double contentHeight() const;
};

// The bar of mark `index` of `blocking` on `row` (a shot starting at action time `actionStart`).
[[nodiscard]] QRectF markBarRect(const TimelineLayout& layout, const TrackRow& row, const ActorBlocking& blocking,
                                 std::size_t index, Flicks actionStart);

// The distinct key times of every channel of `rig`, in order (the Camera row's summary).
[[nodiscard]] std::vector<Flicks> summaryKeyTimes(const CameraRig& rig);

// The keys under (x, y): on a channel row the key nearest in x within kKeyHitPx; on the Camera
// group row every key at the nearest summary time. Empty when there is none.
[[nodiscard]] std::vector<KeyId> keysAt(const TimelineLayout& layout, const CameraRig& rig, double x, double y);
// Every key whose diamond centre lies in `rect` (summary diamonds bring all their keys).
[[nodiscard]] std::vector<KeyId> keysInRect(const TimelineLayout& layout, const CameraRig& rig, const QRectF& rect);
// The mark under (x, y) on an actor row.
[[nodiscard]] std::optional<MarkHit> markAt(const TimelineLayout& layout, const std::vector<ActorBlocking>& blocking,
                                            Flicks actionStart, double x, double y);
// The span of a warning in the lane (at least 4 px wide).
[[nodiscard]] QRectF warningRect(const TimelineLayout& layout, const TimelineWarning& warning);
// The index of the warning under (x, y) in the lane (the last drawn wins), or -1.
[[nodiscard]] int warningAt(const TimelineLayout& layout, const std::vector<TimelineWarning>& warnings, double x, double y);

} // namespace murnau
