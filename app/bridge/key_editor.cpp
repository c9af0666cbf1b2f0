#include "app/bridge/key_editor.h"

// Foundation stub: the key-editing helper replaces this file.

#include "app/bridge/project_document.h"

namespace murnau {

KeyEditor::KeyEditor(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document) {}

void KeyEditor::setSelection(const std::vector<KeyId>& keys)
{
    m_selection = std::set<KeyId>(keys.begin(), keys.end());
    emit selectionChanged();
}
void KeyEditor::extendSelection(const std::vector<KeyId>& keys, bool)
{
    m_selection.insert(keys.begin(), keys.end());
    emit selectionChanged();
}
void KeyEditor::clearSelection()
{
    m_selection.clear();
    emit selectionChanged();
}
void KeyEditor::selectAll(int) {}
bool KeyEditor::addKey(int) { return false; }
bool KeyEditor::addKeysAll() { return false; }
bool KeyEditor::deleteSelected() { return false; }
bool KeyEditor::setInterpolation(const QString&) { return false; }
bool KeyEditor::setEasing(const QString&) { return false; }
bool KeyEditor::setHandleType(const QString&) { return false; }
bool KeyEditor::setExtrapolation(const QString&) { return false; }
void KeyEditor::copy() {}
bool KeyEditor::paste() { return false; }
bool KeyEditor::cut() { return false; }
void KeyEditor::beginMove() {}
bool KeyEditor::moveSelection(Flicks, const std::vector<std::pair<RigChannel, double>>&) { return false; }
void KeyEditor::endMove() {}
bool KeyEditor::dragHandle(KeyId, HandleSide, Handle) { return false; }
std::optional<std::size_t> KeyEditor::indexOf(KeyId) const { return std::nullopt; }
const CameraRig* KeyEditor::rig() const { return nullptr; }
QString KeyEditor::selectionLabel() const { return {}; }
QString KeyEditor::interpolation() const { return {}; }
QString KeyEditor::easing() const { return {}; }
QString KeyEditor::handleType() const { return {}; }
QVariantList KeyEditor::curveChannels() const { return {}; }
void KeyEditor::setCurveChannels(const QVariantList&) {}
void KeyEditor::keepValid() {}

} // namespace murnau
