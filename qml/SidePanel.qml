import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The side panel: the set (name, floor, pieces), the cast with an inspector for the selected
// actor (name, height, build), the camera with its focal length, and the project. Every change
// goes through the document as one undo step; a refused value shows core's message here and
// the field goes back to the document's value. Lengths are shown in the project's display units.
Rectangle {
    id: panel

    required property ProjectDocument document

    // The actor the inspector shows (by name; empty: none).
    property string selectedActor: ""
    // The last refused edit's message, shown under the inspector until the next edit.
    property string editError: ""

    readonly property string units: document.displayUnits
    readonly property var actor: document.revision >= 0 ? document.actorInfo(selectedActor) : ({})

    // Reports an edit's outcome: core's message on refusal.
    function edited(ok) {
        editError = ok ? "" : document.errorText
        return ok
    }
    function length(metres) {
        return document.formatLength(metres, units)
    }

    color: Theme.panel

    component SectionTitle: Text {
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.5; bold: true }
        topPadding: 18
        bottomPadding: 8
    }
    component KeyValue: Item {
        property string key
        property string value
        width: parent ? parent.width : 0
        height: 22
        Text {
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: parent.key
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: Math.min(implicitWidth, parent.width - 90)
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideLeft
            text: parent.value
            color: Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
    }
    // A label on the left, an editor on the right.
    component EditRow: Item {
        id: editRow
        property string key
        default property alias editor: holder.data
        width: parent ? parent.width : 0
        height: 30
        Text {
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: editRow.key
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Item {
            id: holder
            anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
            width: editRow.width - 90
        }
    }
    // A text field that commits on Enter or when it loses focus, and shows `shown` otherwise.
    component CommitField: TextField {
        id: field
        property string shown
        signal commit(string text)
        anchors.fill: parent
        anchors.topMargin: 2
        anchors.bottomMargin: 2
        text: shown
        selectByMouse: true
        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
        horizontalAlignment: Text.AlignRight
        onEditingFinished: {
            if (text !== shown)
                commit(text)
            // Back to the document's value (the new one, or the old one after a refusal).
            text = Qt.binding(function() { return field.shown })
        }
    }

    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.divider }

    Flickable {
        anchors { fill: parent; leftMargin: 18; rightMargin: 16 }
        contentHeight: content.height + 24
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: parent.width
            spacing: 0

            SectionTitle { text: qsTr("SET") }
            Text {
                width: parent.width
                text: panel.document.loaded ? panel.document.setName : qsTr("No project open")
                color: Theme.text
                elide: Text.ElideRight
                font { family: Theme.fontFamily; pixelSize: Theme.fontLarge }
                bottomPadding: 6
            }
            KeyValue {
                visible: panel.document.loaded
                key: qsTr("Floor")
                value: qsTr("%1 \u00d7 %2").arg(panel.length(panel.document.floorSizeM.width))
                                          .arg(panel.length(panel.document.floorSizeM.height))
            }
            KeyValue {
                visible: panel.document.loaded
                key: qsTr("Set pieces")
                value: panel.document.setPieces.count
            }

            SectionTitle { text: qsTr("CAST  (%1)").arg(panel.document.actors.count); visible: panel.document.loaded }
            ListView {
                id: cast
                objectName: "castList"
                width: parent.width
                height: Math.min(contentHeight, 240)
                interactive: contentHeight > height
                clip: true
                model: panel.document.actors
                spacing: 4
                delegate: Item {
                    id: castRow
                    required property string name
                    required property real heightM
                    required property color color
                    readonly property bool selected: panel.selectedActor === name
                    width: ListView.view.width
                    height: 34
                    Rectangle {
                        anchors.fill: parent
                        radius: 3
                        color: castRow.selected ? Qt.lighter(Theme.panelRaised, 1.4) : Theme.panelRaised
                        border { width: castRow.selected ? 1 : 0; color: Theme.accent }
                    }
                    Rectangle {
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                        width: 3
                        radius: 1
                        color: castRow.color
                    }
                    Text {
                        anchors { left: parent.left; leftMargin: 14; verticalCenter: parent.verticalCenter }
                        text: castRow.name
                        color: Theme.text
                        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                    }
                    Text {
                        anchors { right: parent.right; rightMargin: 12; verticalCenter: parent.verticalCenter }
                        text: panel.length(castRow.heightM)
                        color: Theme.textDim
                        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: panel.selectedActor = castRow.selected ? "" : castRow.name
                    }
                }
            }

            // The selected actor's inspector.
            Column {
                id: actorInspector
                objectName: "actorInspector"
                width: parent.width
                visible: panel.actor.found === true
                topPadding: 8

                EditRow {
                    key: qsTr("Name")
                    CommitField {
                        objectName: "actorNameField"
                        shown: panel.actor.found ? panel.actor.name : ""
                        horizontalAlignment: Text.AlignLeft
                        font.family: Theme.fontFamily
                        onCommit: function(text) {
                            const newName = text.trim()
                            if (panel.edited(panel.document.renameActor(panel.selectedActor, newName)))
                                panel.selectedActor = newName
                        }
                    }
                }
                EditRow {
                    key: qsTr("Height")
                    CommitField {
                        objectName: "actorHeightField"
                        shown: panel.actor.found ? panel.length(panel.actor.heightM) : ""
                        onCommit: function(text) { panel.edited(panel.document.setActorHeight(panel.selectedActor, text)) }
                    }
                }
                EditRow {
                    key: qsTr("Build")
                    ComboBox {
                        objectName: "actorBuildBox"
                        anchors.fill: parent
                        anchors.topMargin: 2
                        anchors.bottomMargin: 2
                        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                        textRole: "label"
                        valueRole: "value"
                        model: [
                            { value: "slight", label: qsTr("Slight") },
                            { value: "average", label: qsTr("Average") },
                            { value: "heavy", label: qsTr("Heavy") }
                        ]
                        currentIndex: panel.actor.found ? indexOfValue(panel.actor.build) : -1
                        onActivated: function(index) {
                            panel.edited(panel.document.setActorBuild(panel.selectedActor, valueAt(index)))
                            currentIndex = Qt.binding(function() { return panel.actor.found ? indexOfValue(panel.actor.build) : -1 })
                        }
                    }
                }
            }

            SectionTitle { text: qsTr("CAMERA"); visible: panel.document.shotCamera.valid }
            Column {
                width: parent.width
                visible: panel.document.shotCamera.valid
                KeyValue { key: qsTr("Name"); value: panel.document.shotCamera.name }
                KeyValue { key: qsTr("Sensor"); value: panel.document.shotCamera.sensorLabel }
                KeyValue {
                    key: qsTr("Lens kit")
                    visible: panel.document.lensKitLabel.length > 0
                    value: panel.document.lensKitLabel
                }
                // The focal length: the kit's primes when it has some, else typed in millimetres.
                EditRow {
                    key: qsTr("Focal length")
                    ComboBox {
                        id: primeBox
                        objectName: "primeBox"
                        anchors.fill: parent
                        anchors.topMargin: 2
                        anchors.bottomMargin: 2
                        visible: panel.document.lensChoicesMm.length > 0
                        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
                        model: panel.document.lensChoicesMm
                        displayText: panel.document.shotCamera.focalLengthMm + " mm"
                        delegate: ItemDelegate {
                            required property var modelData
                            required property int index
                            width: primeBox.width
                            text: modelData + " mm"
                            font: primeBox.font
                            highlighted: primeBox.highlightedIndex === index
                        }
                        currentIndex: panel.document.lensChoicesMm.indexOf(panel.document.shotCamera.focalLengthMm)
                        onActivated: function(index) {
                            panel.edited(panel.document.setFocalLength(String(panel.document.lensChoicesMm[index])))
                            currentIndex = Qt.binding(function() {
                                return panel.document.lensChoicesMm.indexOf(panel.document.shotCamera.focalLengthMm)
                            })
                        }
                    }
                    CommitField {
                        objectName: "focalLengthField"
                        visible: panel.document.lensChoicesMm.length === 0
                        shown: panel.document.shotCamera.focalLengthMm + " mm"
                        onCommit: function(text) { panel.edited(panel.document.setFocalLength(text)) }
                    }
                }
                KeyValue { key: qsTr("Lens"); value: panel.document.shotCamera.lensLabel }
                KeyValue {
                    key: qsTr("Position")
                    value: qsTr("%1, %2, %3").arg(panel.length(panel.document.shotCamera.positionM.x))
                                             .arg(panel.length(panel.document.shotCamera.positionM.y))
                                             .arg(panel.length(panel.document.shotCamera.positionM.z))
                }
                KeyValue {
                    key: qsTr("Pan / tilt / roll")
                    value: qsTr("%1\u00b0 / %2\u00b0 / %3\u00b0").arg(panel.document.shotCamera.eulerRotationDeg.y.toFixed(1))
                                                              .arg(panel.document.shotCamera.eulerRotationDeg.x.toFixed(1))
                                                              .arg(panel.document.shotCamera.eulerRotationDeg.z.toFixed(1))
                }
            }

            // Why the last edit was refused (core's message, naming the field).
            Text {
                objectName: "editErrorText"
                width: parent.width
                visible: panel.editError.length > 0
                topPadding: 10
                text: panel.editError
                color: Theme.error
                wrapMode: Text.Wrap
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            }

            SectionTitle { text: qsTr("PROJECT") }
            KeyValue { key: qsTr("Title"); value: panel.document.title; visible: panel.document.loaded }
            KeyValue { key: qsTr("Frame rate"); value: panel.document.frameRateLabel + " fps"; visible: panel.document.loaded }
            KeyValue { key: qsTr("Units"); value: panel.units === "imperial" ? qsTr("feet and inches") : qsTr("metres"); visible: panel.document.loaded }
            KeyValue { key: qsTr("File"); value: panel.document.filePath.length > 0 ? panel.document.filePath : qsTr("not saved yet") }
        }
    }
}
