#pragma once
// The shot-list fields of the inspector's shot form: the shown shot's description, setup,
// planned move, props, equipment, notes and status, and the heading of the scene it belongs
// to (number, name, INT/EXT, location, time of day). Read from the project as the form shows
// them, and typed text turned into core's scene edits (core/edit/scene_edits.h), so each
// commit is one undo step and every check stays in core.

#include <optional>
#include <string_view>

#include <QString>
#include <QVariantMap>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau::shotfields {

// Adds the shot-list keys of shot `shotId` to `fields` (nothing when there is no such shot):
//  description, notes (paragraphs as stored), setup, move, props, equipment (one item a line),
//  status (key: "planned"...), statusChoices [{value, label}], sceneLabel ("1"), sceneNumber,
//  sceneName, intExt ("INT", "EXT", "INT/EXT"), intExtChoices, location, timeOfDay.
void addFields(QVariantMap& fields, const Project& project, std::string_view shotId);

// The edit that sets shot-list `field` (a key of addFields, "sceneNumber" ... "timeOfDay" for the
// shot's scene) of shot `shotId` to `text` as typed; an Error naming the field when the text
// cannot be read or core refuses it; nullopt when `field` is not a shot-list field.
// One-line fields are trimmed; paragraphs lose leading and trailing blank space only; props and
// equipment take one item a line (blank lines skipped, each trimmed).
std::optional<Result<Edit>> editFor(const Project& project, std::string_view shotId, const QString& field,
                                    const QString& text);

} // namespace murnau::shotfields
