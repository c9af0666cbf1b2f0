import QtQuick
import Murnau.Bridge

// The shot shown, when nothing is selected: number, name, camera, frame rate, length
// (seconds) and cast (actor names, comma-separated).
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields

    InspectorRow {
        label: qsTr("Number")
        InspectorField {
            objectName: "shotNumberField"
            shown: form.fields.number || ""
            horizontalAlignment: Text.AlignLeft
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("number", text) }
        }
    }
    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "shotNameField"
            shown: form.fields.name || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("name", text) }
        }
    }
    InspectorRow {
        label: qsTr("Camera")
        InspectorCombo {
            objectName: "shotCameraBox"
            model: form.fields.cameraChoices || []
            current: form.fields.camera || ""
            onChoose: function(value) { form.inspector.apply("camera", value) }
        }
    }
    InspectorRow {
        label: qsTr("Rate (fps)")
        InspectorCombo {
            objectName: "shotFrameRateBox"
            model: form.fields.frameRateChoices || []
            current: form.fields.frameRate || ""
            onChoose: function(value) { form.inspector.apply("frameRate", value) }
        }
    }
    InspectorRow {
        label: qsTr("Length")
        InspectorField {
            objectName: "shotDurationField"
            shown: form.fields.duration || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("duration", text) }
        }
    }
    InspectorRow {
        label: qsTr("Cast")
        InspectorField {
            objectName: "shotCastField"
            shown: form.fields.cast || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            placeholderText: (form.fields.actorChoices || []).join(", ")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("cast", text) }
        }
    }
}
