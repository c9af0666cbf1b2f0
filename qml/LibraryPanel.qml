import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Murnau.Bridge

// The library: buttons that add a set piece (box, cylinder, wall, stairs, an imported model),
// a stand-in actor of a chosen or typed stature, or a camera with a sensor and lens kit. New
// items get unique names, land on the floor in front of the shot camera and are selected; each
// is one undo step. A refused one (a model outside the project's folder, an unsaved project)
// leaves core's message in document.errorText, which the inspector shows.
Column {
    id: library

    required property ProjectDocument document
    readonly property LibraryActions actions: LibraryActions { document: library.document }

    spacing: 6

    InspectorSection { text: qsTr("LIBRARY") }

    Flow {
        width: parent.width
        spacing: 4
        Repeater {
            model: [
                { shape: "box", label: qsTr("Box") },
                { shape: "cylinder", label: qsTr("Cylinder") },
                { shape: "wall", label: qsTr("Wall") },
                { shape: "stairs", label: qsTr("Stairs") }
            ]
            delegate: LibraryButton {
                required property var modelData
                objectName: "add_" + modelData.shape
                width: (library.width - 4 * 4) / 5
                shape: modelData.shape
                text: modelData.label
                enabled: library.document.loaded
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a %1 in front of the camera").arg(modelData.label.toLowerCase())
                onClicked: library.actions.addSetPiece(modelData.shape)
            }
        }
        LibraryButton {
            objectName: "add_model"
            width: (library.width - 4 * 4) / 5
            shape: "model"
            text: qsTr("Model\u2026")
            enabled: library.document.loaded
            ToolTip.visible: hovered
            ToolTip.text: library.document.filePath.length > 0
                          ? qsTr("Import a glTF or OBJ model from the project's folder")
                          : qsTr("Save the project first: models are stored relative to its folder")
            onClicked: {
                modelDialog.currentFolder = library.document.folderUrl()
                modelDialog.open()
            }
        }
    }

    // A stand-in actor: a stature from the list, or typed in any unit.
    Row {
        width: parent.width
        spacing: 4
        ComboBox {
            id: heightBox
            delegate: PlainComboDelegate { combo: heightBox }   // choices as plain text
            objectName: "actorHeightChoice"
            width: parent.width - addActorButton.width - 4
            height: 28
            editable: true
            model: library.actions.heightChoices
            currentIndex: 2
            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Stature of the new actor (\u201c1.68 m\u201d, \u201c5 ft 6 in\u201d)")
        }
        Button {
            id: addActorButton
            objectName: "addActorButton"
            width: 104
            height: 28
            text: qsTr("+ Actor")
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            enabled: library.document.loaded
            onClicked: library.actions.addActor(heightBox.editText)
        }
    }

    // A camera: a body (sensor preset) and a lens kit.
    ComboBox {
        id: sensorBox
        delegate: PlainComboDelegate { combo: sensorBox }   // choices as plain text
        objectName: "cameraSensorChoice"
        width: parent.width
        height: 28
        model: library.actions.sensorChoices
        textRole: "label"
        valueRole: "value"
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Sensor of the new camera")
        Component.onCompleted: {
            const super35 = indexOfValue("super35")
            if (super35 >= 0)
                currentIndex = super35
        }
    }
    Row {
        width: parent.width
        spacing: 4
        ComboBox {
            id: kitBox
            delegate: PlainComboDelegate { combo: kitBox }   // choices as plain text
            objectName: "cameraKitChoice"
            width: parent.width - addCameraButton.width - 4
            height: 28
            model: library.actions.kitChoices
            textRole: "label"
            valueRole: "value"
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Lenses of the new camera")
        }
        Button {
            id: addCameraButton
            objectName: "addCameraButton"
            width: 104
            height: 28
            text: qsTr("+ Camera")
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            enabled: library.document.loaded
            onClicked: library.actions.addCamera(sensorBox.currentValue, kitBox.currentValue || "")
        }
    }

    FileDialog {
        id: modelDialog
        objectName: "modelDialog"
        title: qsTr("Import Model")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("3D models (*.gltf *.glb *.obj)"), qsTr("All files (*)")]
        onAccepted: library.actions.addModel(selectedFile)
    }
}
