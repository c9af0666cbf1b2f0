#pragma once
// The keys of a shortcut as menus show them ("Ctrl+Shift+Z"), for QML, which has no way to
// spell a StandardKey. A singleton: ShortcutText.nativeText(action.shortcut).

#include <QObject>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace murnau {

class ShortcutText : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ShortcutText(QObject* parent = nullptr);

    // `shortcut` as an Action holds it: a StandardKey (its platform's first key binding), a
    // key sequence or a string ("Ctrl+S"). The platform's spelling; empty when it has no keys.
    Q_INVOKABLE QString nativeText(const QVariant& shortcut) const;
};

} // namespace murnau
