#pragma once
// The timeline's Set key command, shared by its keys (K while paused in TransportBar.qml, S
// outside pilot mode in PilotController.qml). A singleton: TimelineCommands.setKey(document).

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace murnau {

class ProjectDocument;

class TimelineCommands : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TimelineCommands(QObject* parent = nullptr);

    // A key at the playhead, holding the value there, in each channel the curve editor shows
    // (document.keys.curveChannels), else in every channel (KeyEditor::addKeysAll); several
    // channels are one undo step ("Key 3 channels at 2.00 s") and the new keys are selected.
    // False (with the document's errorText) when refused or no shot is shown.
    Q_INVOKABLE static bool setKey(ProjectDocument* document);
};

} // namespace murnau
