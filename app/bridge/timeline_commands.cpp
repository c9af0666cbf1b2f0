#include "app/bridge/timeline_commands.h"

#include <QCoreApplication>

#include "app/bridge/project_document.h"
#include "core/edit/key_edits.h"

namespace murnau {

TimelineCommands::TimelineCommands(QObject* parent) : QObject(parent) {}

bool TimelineCommands::setKey(ProjectDocument* document)
{
    if (!document || !document->player()->hasShot())
        return false;
    KeyEditor* keys = document->keys();
    const QVariantList channels = keys->curveChannels();
    if (channels.isEmpty())
        return keys->addKeysAll();
    if (channels.size() == 1)
        return keys->addKey(channels.front().toInt());
    // Several channels: each key's edit built on the project the previous one left, merged into one step.
    const std::string shotId = document->player()->shotId().toStdString();
    const Flicks time = document->player()->timeFlicks();
    Project project = document->project();
    std::optional<Edit> merged;
    std::vector<KeyId> added;
    for (const QVariant& entry : channels) {
        const int channel = entry.toInt();
        if (channel < 0 || channel >= static_cast<int>(kRigChannelCount))
            continue;
        Result<Edit> edit = addKeyAtTime(project, shotId, static_cast<RigChannel>(channel), time);
        if (!edit)
            return document->perform(edit);   // refused: the document reports core's message
        if (!applyEdit(project, *edit))
            return false;
        merged = merged ? mergeEdits(*merged, *edit) : *edit;
        added.push_back({static_cast<RigChannel>(channel), time});
    }
    if (!merged)
        return false;
    merged->name = QCoreApplication::translate("TimelineCommands", "Key %1 channels at %2 s")
                       .arg(added.size())
                       .arg(flicksToSeconds(time), 0, 'f', 2)
                       .toStdString();
    if (!document->perform(*merged))
        return false;
    keys->setSelection(added);
    return true;
}

} // namespace murnau
