#pragma once
// The keys of the shot shown, as the timeline and the curve editor edit them (QML:
// document.keys): which keys are selected, which channels the curve editor shows, the copy
// buffer, and every key command (add at the playhead, delete, move, paste, interpolation,
// easing, handle type, handle drags). Each command is one undo step through
// ProjectDocument::perform() (a drag: every step until endDrag() merges into one), builds its
// edit with core/edit/key_edits.h, and on refusal changes nothing and leaves core's message in
// the document's errorText.
//
// A key is identified by its channel and its time (times are unique within a channel and, unlike
// indices, survive edits of other keys); the selection follows keys that a command moves, and
// after any change of the project (undo included) forgets keys that are gone. Selecting keys
// clears the item selection (document.selection) and selecting an item clears the keys, so
// Delete always has one target.

#include <optional>
#include <set>
#include <utility>
#include <vector>

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "core/edit/key_edits.h"
#include "core/motion/curve.h"
#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"

namespace murnau {

class ProjectDocument;

// A key of the shown shot's rig: its channel and its time.
struct KeyId {
    RigChannel channel = RigChannel::Dolly;
    Flicks time = 0;
    friend auto operator<=>(const KeyId&, const KeyId&) = default;
};

class KeyEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KeyEditor is owned by ProjectDocument")

    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)          // keys selected
    Q_PROPERTY(QString selectionLabel READ selectionLabel NOTIFY selectionChanged)    // "Dolly key at 2.00 s", "3 keys", or ""
    // The interpolation the selected keys share: "constant", "linear", "bezier", "eased", or "" (none or mixed).
    Q_PROPERTY(QString interpolation READ interpolation NOTIFY selectionChanged)
    // The easing preset the selected keys share ("ease-in-out"...), "custom", or "".
    Q_PROPERTY(QString easing READ easing NOTIFY selectionChanged)
    // The handle type they share: "free", "aligned", "auto", "autoClamped", or "".
    Q_PROPERTY(QString handleType READ handleType NOTIFY selectionChanged)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY clipboardChanged)                   // keys were copied
    // The channels the curve editor shows (RigChannel values as ints, in channel order). Set by
    // the timeline's track headers; when empty the curve editor shows the channels of the selected keys.
    Q_PROPERTY(QVariantList curveChannels READ curveChannels WRITE setCurveChannels NOTIFY curveChannelsChanged)

public:
    explicit KeyEditor(ProjectDocument* document, QObject* parent = nullptr);

    // --- Selection (C++ for the views; QML uses the invokables below).
    [[nodiscard]] const std::set<KeyId>& selection() const { return m_selection; }
    [[nodiscard]] bool isSelected(KeyId key) const { return m_selection.contains(key); }
    // Replaces the selection (keys not in the shown shot are dropped).
    void setSelection(const std::vector<KeyId>& keys);
    // Adds keys to the selection, or removes those already in it when `toggle`.
    void extendSelection(const std::vector<KeyId>& keys, bool toggle);
    Q_INVOKABLE void clearSelection();
    // Selects every key of the shown shot (of `channel` only when >= 0).
    Q_INVOKABLE void selectAll(int channel = -1);

    // --- Commands on the shown shot at the playhead (each one undo step; false when refused).

    // A key in `channel` at the playhead holding the value the channel has there; selects it.
    Q_INVOKABLE bool addKey(int channel);
    // A key in every channel at the playhead (core's addKeysAtTime); selects them.
    Q_INVOKABLE bool addKeysAll();
    Q_INVOKABLE bool deleteSelected();
    // "constant", "linear", "bezier".
    Q_INVOKABLE bool setInterpolation(const QString& interpolation);
    // An easing preset by its CSS keyword ("ease-in-out", "smoothstep"...): interpolation becomes eased.
    Q_INVOKABLE bool setEasing(const QString& preset);
    // "free", "aligned", "auto", "autoClamped".
    Q_INVOKABLE bool setHandleType(const QString& handleType);
    // "constant" or "linear" for every channel that has a selected key.
    Q_INVOKABLE bool setExtrapolation(const QString& extrapolation);
    Q_INVOKABLE void copy();
    // The copied keys with the earliest at the playhead; the pasted keys become the selection.
    Q_INVOKABLE bool paste();
    Q_INVOKABLE bool cut();

    // --- Drags (C++, from the timeline and the curve editor).

    // Starts moving the selection: remembers each selected key's time and value.
    void beginMove();
    // One step of the move: every selected key at its start time + `deltaTime`, and its start
    // value + the channel's entry of `deltaValue` (channels without an entry keep their values).
    // The selection follows. Drag-style (one undo step until endMove()).
    bool moveSelection(Flicks deltaTime, const std::vector<std::pair<RigChannel, double>>& deltaValue = {});
    // Ends the move (ProjectDocument::endDrag()).
    void endMove();
    // One step of dragging a handle of `key` to `handle` (drag-style; end with endMove()).
    bool dragHandle(KeyId key, HandleSide side, Handle handle);

    // The key's index in its channel of the shown shot, if it is there.
    [[nodiscard]] std::optional<std::size_t> indexOf(KeyId key) const;
    // The shown shot's rig, if a shot is shown and it evaluates.
    [[nodiscard]] const CameraRig* rig() const;

    int selectedCount() const { return static_cast<int>(m_selection.size()); }
    QString selectionLabel() const;
    QString interpolation() const;
    QString easing() const;
    QString handleType() const;
    bool canPaste() const { return !m_clipboard.empty(); }
    QVariantList curveChannels() const;
    void setCurveChannels(const QVariantList& channels);

    // The document calls this after every change of the project or of the shown shot.
    void keepValid();

signals:
    void selectionChanged();
    void clipboardChanged();
    void curveChannelsChanged();

private:
    ProjectDocument* m_document;
    std::set<KeyId> m_selection;
    std::vector<CopiedKey> m_clipboard;
    std::vector<RigChannel> m_curveChannels;
    struct MoveStart {
        KeyId key;
        double value = 0.0;
    };
    std::vector<MoveStart> m_moveStart;
    Flicks m_moveDelta = 0;   // the time the current move has applied so far, flicks
    bool m_following = false; // a command is placing the selection itself: keepValid() leaves it alone
    QString m_shotId;   // the shot the selection belongs to

    // The selected keys as core names them (index in their channel), in selection order.
    std::vector<KeyRef> selectedRefs() const;
    // Replaces the selection by `keys` (all in the shown shot), emitting when it changes; a
    // non-empty selection clears the item selection.
    void replaceSelection(std::set<KeyId> keys);
    // The selected keys of the shown shot's rig, for the shared-shape properties.
    std::vector<Keyframe> selectedKeyframes() const;
    // Refuses a command: errorText says `message` about `field`; returns false.
    bool refuse(const char* field, const std::string& message);
    // The shown shot's id for core.
    std::string shotId() const;
};

} // namespace murnau
