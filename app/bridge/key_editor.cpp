// KeyEditor: the key selection of the shown shot, the shape properties it shares, the curve
// editor's channels, and keeping the selection valid across edits. The commands are in
// key_editor_commands.cpp.

#include "app/bridge/key_editor.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"

namespace murnau {

namespace {

QString interpolationName(Interpolation interpolation)
{
    switch (interpolation) {
    case Interpolation::Constant:
        return QStringLiteral("constant");
    case Interpolation::Linear:
        return QStringLiteral("linear");
    case Interpolation::Bezier:
        return QStringLiteral("bezier");
    case Interpolation::Eased:
        return QStringLiteral("eased");
    }
    return {};
}

QString handleTypeName(HandleType type)
{
    switch (type) {
    case HandleType::Free:
        return QStringLiteral("free");
    case HandleType::Aligned:
        return QStringLiteral("aligned");
    case HandleType::Auto:
        return QStringLiteral("auto");
    case HandleType::AutoClamped:
        return QStringLiteral("autoClamped");
    }
    return {};
}

// The text every key of `keys` shares under `name`, or "" when they differ (or there are none).
QString shared(const std::vector<Keyframe>& keys, const std::function<QString(const Keyframe&)>& name)
{
    if (keys.empty())
        return {};
    const QString first = name(keys.front());
    for (const Keyframe& key : keys) {
        if (name(key) != first)
            return {};
    }
    return first;
}

} // namespace

KeyEditor::KeyEditor(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    // Selecting an item drops the keys, so Delete has one target. (The document's Selection is
    // constructed before its KeyEditor.)
    connect(m_document->selection(), &Selection::changed, this, [this] {
        if (!m_document->selection()->isEmpty())
            clearSelection();
    });
}

// --- Selection

void KeyEditor::replaceSelection(std::set<KeyId> keys)
{
    const bool changed = keys != m_selection;
    m_selection = std::move(keys);
    if (!m_selection.empty() && !m_document->selection()->isEmpty())
        m_document->selection()->clear();   // its changed() finds the item selection empty: no loop
    if (changed)
        emit selectionChanged();
}

void KeyEditor::setSelection(const std::vector<KeyId>& keys)
{
    std::set<KeyId> selection;
    for (const KeyId& key : keys) {
        if (indexOf(key))
            selection.insert(key);
    }
    replaceSelection(std::move(selection));
}

void KeyEditor::extendSelection(const std::vector<KeyId>& keys, bool toggle)
{
    std::set<KeyId> selection = m_selection;
    for (const KeyId& key : keys) {
        if (!indexOf(key))
            continue;
        if (toggle && selection.contains(key))
            selection.erase(key);
        else
            selection.insert(key);
    }
    replaceSelection(std::move(selection));
}

void KeyEditor::clearSelection()
{
    if (m_selection.empty())
        return;
    m_selection.clear();
    emit selectionChanged();
}

void KeyEditor::selectAll(int channel)
{
    const CameraRig* shown = rig();
    if (!shown)
        return;
    std::set<KeyId> selection;
    for (const RigChannelInfo& info : rigChannels()) {
        if (channel >= 0 && static_cast<int>(info.channel) != channel)
            continue;
        for (const Keyframe& key : shown->channel(info.channel).keys())
            selection.insert(KeyId{info.channel, key.time});
    }
    replaceSelection(std::move(selection));
}

std::optional<std::size_t> KeyEditor::indexOf(KeyId key) const
{
    const CameraRig* shown = rig();
    if (!shown)
        return std::nullopt;
    return shown->channel(key.channel).findKey(key.time);
}

const CameraRig* KeyEditor::rig() const
{
    if (!m_document->player()->hasShot())
        return nullptr;
    const Project& project = m_document->project();
    const Result<ShotPlace> place = findShot(project, shotId());
    if (!place)
        return nullptr;
    return &project.scenes[place->sceneIndex].shots[place->shotIndex].rig;
}

std::vector<KeyRef> KeyEditor::selectedRefs() const
{
    std::vector<KeyRef> refs;
    refs.reserve(m_selection.size());
    for (const KeyId& key : m_selection) {
        if (const std::optional<std::size_t> index = indexOf(key))
            refs.push_back(KeyRef{key.channel, *index});
    }
    return refs;
}

std::vector<Keyframe> KeyEditor::selectedKeyframes() const
{
    std::vector<Keyframe> keys;
    const CameraRig* shown = rig();
    if (!shown)
        return keys;
    for (const KeyRef& ref : selectedRefs())
        keys.push_back(shown->channel(ref.channel).key(ref.keyIndex));
    return keys;
}

std::string KeyEditor::shotId() const
{
    return m_document->player()->shotId().toStdString();
}

void KeyEditor::keepValid()
{
    const QString shown = m_document->player()->shotId();
    if (shown != m_shotId) {
        // Another shot: its keys are not these.
        m_shotId = shown;
        m_moveStart.clear();
        m_moveDelta = 0;
        if (!m_selection.empty()) {
            m_selection.clear();
            emit selectionChanged();
        }
        return;
    }
    if (m_following || m_selection.empty())
        return;
    std::erase_if(m_selection, [this](const KeyId& key) { return !indexOf(key); });
    // Also when no key went: the keys' shapes (interpolation, easing, handles) may have changed.
    emit selectionChanged();
}

// --- Properties

QString KeyEditor::selectionLabel() const
{
    if (m_selection.empty())
        return {};
    if (m_selection.size() == 1) {
        const KeyId& key = *m_selection.begin();
        return tr("%1 key at %2 s")
            .arg(QString::fromUtf8(rigChannelInfo(key.channel).label.data(),
                                   static_cast<qsizetype>(rigChannelInfo(key.channel).label.size())))
            .arg(flicksToSeconds(key.time), 0, 'f', 2);
    }
    return tr("%1 keys").arg(selectedCount());
}

QString KeyEditor::interpolation() const
{
    return shared(selectedKeyframes(), [](const Keyframe& key) { return interpolationName(key.interpolation); });
}

QString KeyEditor::easing() const
{
    return shared(selectedKeyframes(), [](const Keyframe& key) {
        if (key.interpolation != Interpolation::Eased)
            return QString();
        const std::optional<EasingPreset> preset = key.easing.preset();
        if (!preset)
            return QStringLiteral("custom");
        const std::string_view name = easingPresetName(*preset);
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    });
}

QString KeyEditor::handleType() const
{
    return shared(selectedKeyframes(), [](const Keyframe& key) { return handleTypeName(key.handleType); });
}

QVariantList KeyEditor::curveChannels() const
{
    QVariantList channels;
    for (const RigChannel channel : m_curveChannels)
        channels.append(static_cast<int>(channel));
    return channels;
}

void KeyEditor::setCurveChannels(const QVariantList& channels)
{
    std::vector<RigChannel> wanted;
    for (const QVariant& value : channels) {
        bool ok = false;
        const int channel = value.toInt(&ok);
        if (ok && channel >= 0 && channel < static_cast<int>(kRigChannelCount))
            wanted.push_back(static_cast<RigChannel>(channel));
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted == m_curveChannels)
        return;
    m_curveChannels = std::move(wanted);
    emit curveChannelsChanged();
}

} // namespace murnau
