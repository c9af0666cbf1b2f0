// STUB (foundation): implemented by the shot-list work.
#include "core/export/shot_list_files.h"

namespace murnau {

std::span<const std::string_view> shotListCsvColumns() noexcept { return {}; }
std::string shotListCsv(std::span<const ShotListRow>) { return {}; }
nlohmann::ordered_json shotListJson(const std::string&, std::span<const ShotListRow>) { return {}; }
std::span<const std::string_view> focusMarksCsvColumns() noexcept { return {}; }
std::string focusMarksCsv(std::span<const ShotListRow>) { return {}; }

} // namespace murnau
