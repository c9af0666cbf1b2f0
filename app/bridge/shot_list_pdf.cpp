// STUB (foundation): implemented by the PDF work.
#include "app/bridge/shot_list_pdf.h"

namespace murnau {

struct ShotListPdfWriter::State {
    int pages = 0;
};

ShotListPdfWriter::ShotListPdfWriter(const Project&, std::vector<ExportShot>, std::vector<ShotListRow>,
                                     ShotListPdfOptions)
    : m_state(std::make_unique<State>())
{
}
ShotListPdfWriter::~ShotListPdfWriter() = default;
Result<bool> ShotListPdfWriter::begin(const QString& path) { return fail(path.toStdString(), "not built yet"); }
void ShotListPdfWriter::addShot(std::size_t, const ShotPagePictures&) {}
Result<bool> ShotListPdfWriter::finish() { return fail("pdf", "not built yet"); }
void ShotListPdfWriter::cancel() {}
int ShotListPdfWriter::pageCount() const noexcept { return m_state->pages; }

Result<bool> writeFocusMarksPdf(const QString& path, const std::vector<ShotListRow>&, const ShotListPdfOptions&)
{
    return fail(path.toStdString(), "not built yet");
}

} // namespace murnau
