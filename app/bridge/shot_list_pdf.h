#pragma once
// The shot list as a PDF for the crew: the shot list table first (scene, shot, setup, size,
// movement, lens, duration, cast, status...), then one page (or half page) per shot with its
// start, middle and end frames rendered from the shot camera, the plan view of the set with the
// camera path and the actors' paths, the lens and move figures, and the notes. A4 or US Letter,
// landscape. Painted with QPdfWriter into a QSaveFile, so a cancelled or failed export leaves
// no file (and an older file at the path untouched).
//
// The writer is driven page by page (begin, addShot for each row, finish) so the app can render
// the frames of the next shot between calls, report progress and cancel.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QImage>
#include <QPageSize>
#include <QString>

#include "core/export/export_shots.h"
#include "core/export/shot_list.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

struct ShotListPdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;   // A4 or Letter
    bool halfPagePerShot = false;                     // two shots to a page instead of one
    QString projectTitle;                             // in every page's heading
    std::optional<DisplayUnits> units;                // lengths; nullopt: the project's (the focus marks sheet: metric)
};

// The rendered pictures of one shot (any size; painted to fit, keeping their aspect).
struct ShotPagePictures {
    QImage start;    // the shot's first frame, cropped to the delivery frame lines
    QImage middle;   // the middle frame
    QImage end;      // the last frame
};

// The frames a shot page shows, 0-based from the shot's start: the first, the middle
// ((n - 1) / 2, rounded down) and the last (n - 1) of a shot of n frames. The app renders
// ShotPagePictures at these frames; the page captions them with their time and lens.
using ShotPageFrames = std::array<std::int64_t, 3>;
[[nodiscard]] ShotPageFrames shotPageFrames(std::int64_t frameCount) noexcept;

class ShotListPdfWriter {
public:
    // `shots` and `rows` are parallel (rows from buildShotList(project, shots)); the writer keeps copies.
    ShotListPdfWriter(const Project& project, std::vector<ExportShot> shots, std::vector<ShotListRow> rows,
                      ShotListPdfOptions options);
    ~ShotListPdfWriter();
    ShotListPdfWriter(const ShotListPdfWriter&) = delete;
    ShotListPdfWriter& operator=(const ShotListPdfWriter&) = delete;

    // Opens `path` and paints the shot list table. Errors name the path.
    Result<bool> begin(const QString& path);
    // Paints shot `index`'s page (or half page) with `pictures` and its plan view.
    void addShot(std::size_t index, const ShotPagePictures& pictures);
    // Ends the document and commits the file. Errors name the path.
    Result<bool> finish();
    // Abandons the document: nothing is written.
    void cancel();

    // Pages written so far.
    [[nodiscard]] int pageCount() const noexcept;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The focus puller's marks sheet of `rows` as a PDF (text only: per shot, per actor, each beat's
// distance, lens, stop, depth of field and whether the rig's focus holds it), written atomically.
Result<bool> writeFocusMarksPdf(const QString& path, const std::vector<ShotListRow>& rows,
                                const ShotListPdfOptions& options);

} // namespace murnau
