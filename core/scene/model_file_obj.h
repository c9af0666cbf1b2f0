#pragma once
// The Wavefront OBJ reader behind parseModel (model_file.h): the v, f, o, g and mtllib lines
// (http://paulbourke.net/dataformats/obj/), with every face's vertex indices in range and the
// bounds of the vertices. Fails through json::failAt naming the line ("line 12"), so it runs
// inside json::reading.

#include <string_view>

#include "core/scene/model_file.h"

namespace murnau::model_file {

[[nodiscard]] ModelFacts readObj(std::string_view bytes);

} // namespace murnau::model_file
