#include "app/bridge/shortcut_text.h"

#include <QKeySequence>

namespace murnau {

ShortcutText::ShortcutText(QObject* parent) : QObject(parent) {}

QString ShortcutText::nativeText(const QVariant& shortcut) const
{
    QKeySequence keys;
    if (shortcut.typeId() == QMetaType::QKeySequence) {
        keys = shortcut.value<QKeySequence>();
    } else if (shortcut.typeId() == QMetaType::QString) {
        keys = QKeySequence(shortcut.toString());
    } else if (shortcut.canConvert<int>()) {
        keys = QKeySequence::keyBindings(static_cast<QKeySequence::StandardKey>(shortcut.toInt())).value(0);
    }
    return keys.toString(QKeySequence::NativeText);
}

} // namespace murnau
