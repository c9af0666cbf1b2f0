// KeyEditor's commands on the shown shot: add, delete, shape, copy, cut and paste, and the
// move and handle drags. Each builds its edit with core/edit/key_edits.h and is one undo step
// through ProjectDocument::perform(); a refusal leaves core's message in errorText.

#include <map>

#include "app/bridge/key_editor.h"
#include "app/bridge/project_document.h"

namespace murnau {

namespace {

std::optional<Interpolation> parseInterpolation(const QString& text)
{
    if (text == QLatin1String("constant"))
        return Interpolation::Constant;
    if (text == QLatin1String("linear"))
        return Interpolation::Linear;
    if (text == QLatin1String("bezier"))
        return Interpolation::Bezier;
    return std::nullopt;
}

std::optional<HandleType> parseHandleType(const QString& text)
{
    if (text == QLatin1String("free"))
        return HandleType::Free;
    if (text == QLatin1String("aligned"))
        return HandleType::Aligned;
    if (text == QLatin1String("auto"))
        return HandleType::Auto;
    if (text == QLatin1String("autoClamped"))
        return HandleType::AutoClamped;
    return std::nullopt;
}

constexpr const char* kNoKeys = "no keys are selected";

} // namespace

bool KeyEditor::refuse(const char* field, const std::string& message)
{
    return m_document->perform(fail(field, message));
}

bool KeyEditor::addKey(int channel)
{
    if (channel < 0 || channel >= static_cast<int>(kRigChannelCount))
        return refuse("channel", "there is no channel " + std::to_string(channel));
    const auto rigChannel = static_cast<RigChannel>(channel);
    const Flicks at = m_document->player()->timeFlicks();
    if (!m_document->perform(addKeyAtTime(m_document->project(), shotId(), rigChannel, at)))
        return false;
    setSelection({KeyId{rigChannel, at}});
    return true;
}

bool KeyEditor::addKeysAll()
{
    const Flicks at = m_document->player()->timeFlicks();
    if (!m_document->perform(addKeysAtTime(m_document->project(), shotId(), at)))
        return false;
    std::vector<KeyId> keys;
    for (const RigChannelInfo& info : rigChannels())
        keys.push_back(KeyId{info.channel, at});
    setSelection(keys);
    return true;
}

bool KeyEditor::deleteSelected()
{
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty())
        return refuse("keys", kNoKeys);
    return m_document->perform(deleteKeys(m_document->project(), shotId(), refs));
}

bool KeyEditor::setInterpolation(const QString& interpolation)
{
    const std::optional<Interpolation> parsed = parseInterpolation(interpolation);
    if (!parsed)
        return refuse("interpolation",
                      "'" + interpolation.toStdString() + "' is not an interpolation: constant, linear or bezier");
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty())
        return refuse("keys", kNoKeys);
    return m_document->perform(setKeyInterpolation(m_document->project(), shotId(), refs, *parsed));
}

bool KeyEditor::setEasing(const QString& preset)
{
    const Result<EasingPreset> parsed = parseEasingPreset(preset.toStdString());
    if (!parsed)
        return m_document->perform(parsed.error());
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty())
        return refuse("keys", kNoKeys);
    return m_document->perform(setKeyEasing(m_document->project(), shotId(), refs, Easing::fromPreset(*parsed)));
}

bool KeyEditor::setHandleType(const QString& handleType)
{
    const std::optional<HandleType> parsed = parseHandleType(handleType);
    if (!parsed)
        return refuse("handleType",
                      "'" + handleType.toStdString() + "' is not a handle type: free, aligned, auto or autoClamped");
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty())
        return refuse("keys", kNoKeys);
    return m_document->perform(setKeyHandleType(m_document->project(), shotId(), refs, *parsed));
}

bool KeyEditor::setExtrapolation(const QString& extrapolation)
{
    Extrapolation parsed = Extrapolation::Constant;
    if (extrapolation == QLatin1String("linear"))
        parsed = Extrapolation::Linear;
    else if (extrapolation != QLatin1String("constant"))
        return refuse("extrapolation",
                      "'" + extrapolation.toStdString() + "' is not an extrapolation: constant or linear");
    std::vector<RigChannel> channels;
    for (const KeyRef& ref : selectedRefs()) {
        if (channels.empty() || channels.back() != ref.channel)   // the selection is in channel order
            channels.push_back(ref.channel);
    }
    if (channels.empty())
        return refuse("keys", kNoKeys);
    return m_document->perform(setChannelsExtrapolation(m_document->project(), shotId(), channels, parsed));
}

void KeyEditor::copy()
{
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty()) {
        refuse("keys", kNoKeys);
        return;
    }
    Result<std::vector<CopiedKey>> copied = copyKeys(m_document->project(), shotId(), refs);
    if (!copied) {
        m_document->perform(copied.error());
        return;
    }
    m_clipboard = std::move(copied).value();
    emit clipboardChanged();
}

bool KeyEditor::paste()
{
    if (m_clipboard.empty())
        return refuse("keys", "no keys were copied");
    const Flicks at = m_document->player()->timeFlicks();
    if (!m_document->perform(pasteKeys(m_document->project(), shotId(), m_clipboard, at)))
        return false;
    std::vector<KeyId> pasted;
    for (const CopiedKey& key : m_clipboard)
        pasted.push_back(KeyId{key.channel, at + key.offset});
    setSelection(pasted);
    return true;
}

bool KeyEditor::cut()
{
    const std::vector<KeyRef> refs = selectedRefs();
    if (refs.empty())
        return refuse("keys", kNoKeys);
    Result<std::vector<CopiedKey>> copied = copyKeys(m_document->project(), shotId(), refs);
    if (!copied)
        return m_document->perform(copied.error());
    Result<Edit> removal = deleteKeys(m_document->project(), shotId(), refs);
    if (removal) {
        // Named for what the user did ("Cut 3 keys"): core's "Delete 3 keys" with the verb changed.
        removal.value().name = "Cut" + removal.value().name.substr(removal.value().name.find(' '));
    }
    if (!m_document->perform(removal))
        return false;
    m_clipboard = std::move(copied).value();
    emit clipboardChanged();
    return true;
}

// --- Drags

void KeyEditor::beginMove()
{
    m_document->endDrag();   // never merge into an earlier drag
    m_moveStart.clear();
    m_moveDelta = 0;
    const CameraRig* shown = rig();
    if (!shown)
        return;
    for (const KeyRef& ref : selectedRefs()) {
        const Keyframe& key = shown->channel(ref.channel).key(ref.keyIndex);
        m_moveStart.push_back(MoveStart{KeyId{ref.channel, key.time}, key.value});
    }
}

bool KeyEditor::moveSelection(Flicks deltaTime, const std::vector<std::pair<RigChannel, double>>& deltaValue)
{
    if (m_moveStart.empty())
        beginMove();   // a caller that skipped beginMove() still moves from where the keys are
    if (m_moveStart.empty())
        return refuse("keys", kNoKeys);
    const std::map<RigChannel, double> valueDelta(deltaValue.begin(), deltaValue.end());
    std::vector<KeyMove> moves;
    std::set<KeyId> moved;
    for (const MoveStart& start : m_moveStart) {
        // Where the previous step left the key.
        const KeyId now{start.key.channel, start.key.time + m_moveDelta};
        const std::optional<std::size_t> index = indexOf(now);
        if (!index)
            return refuse("keys", "a key being moved is no longer there");
        const auto delta = valueDelta.find(start.key.channel);
        const double value = start.value + (delta == valueDelta.end() ? 0.0 : delta->second);
        moves.push_back(KeyMove{KeyRef{start.key.channel, *index}, start.key.time + deltaTime, value});
        moved.insert(KeyId{start.key.channel, start.key.time + deltaTime});
    }
    // The selection follows the keys: placed here, not dropped by keepValid() in between.
    m_following = true;
    const bool done = m_document->perform(moveKeys(m_document->project(), shotId(), moves,
                                                   m_document->dragKey("key-move:" + shotId())));
    m_following = false;
    if (!done)
        return false;
    m_moveDelta = deltaTime;
    if (moved == m_selection)
        emit selectionChanged();   // the keys' values changed even though their times did not
    else
        replaceSelection(std::move(moved));
    return true;
}

void KeyEditor::endMove()
{
    m_document->endDrag();
    m_moveStart.clear();
    m_moveDelta = 0;
}

bool KeyEditor::dragHandle(KeyId key, HandleSide side, Handle handle)
{
    const std::optional<std::size_t> index = indexOf(key);
    if (!index)
        return refuse("key", "the key is not in the shown shot");
    return m_document->perform(setKeyHandle(m_document->project(), shotId(), KeyRef{key.channel, *index}, side,
                                            handle, m_document->dragKey("key-handle:" + shotId())));
}

} // namespace murnau
