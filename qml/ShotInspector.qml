import QtQuick
import Murnau.Bridge

// The shot shown, when nothing is selected: number, name, status, camera, frame rate, length
// (seconds), setup, planned move, cast (actor names, comma-separated), props and equipment (one
// item a line), description and notes (paragraphs); then the heading of the shot's scene:
// number, name, INT/EXT, location and time of day. Every commit is one undo step.
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
        label: qsTr("Status")
        InspectorCombo {
            objectName: "shotStatusBox"
            model: form.fields.statusChoices || []
            current: form.fields.status || ""
            onChoose: function(value) { form.inspector.apply("status", value) }
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
        label: qsTr("Setup")
        InspectorField {
            objectName: "shotSetupField"
            shown: form.fields.setup || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            placeholderText: qsTr("A1")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("setup", text) }
        }
    }
    InspectorRow {
        label: qsTr("Move")
        InspectorField {
            objectName: "shotMoveField"
            shown: form.fields.move || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            placeholderText: qsTr("trackout, dollyzoom…")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("move", text) }
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
    InspectorTextArea {
        objectName: "shotPropsArea"
        label: qsTr("Props")
        shown: form.fields.props || ""
        placeholderText: qsTr("One a line")
        focusAfterCommit: form.panel
        onCommit: function(text) { form.inspector.apply("props", text) }
    }
    InspectorTextArea {
        objectName: "shotEquipmentArea"
        label: qsTr("Equipment")
        shown: form.fields.equipment || ""
        placeholderText: qsTr("One a line")
        focusAfterCommit: form.panel
        onCommit: function(text) { form.inspector.apply("equipment", text) }
    }
    InspectorTextArea {
        objectName: "shotDescriptionArea"
        label: qsTr("Description")
        shown: form.fields.description || ""
        placeholderText: qsTr("What the shot does")
        focusAfterCommit: form.panel
        onCommit: function(text) { form.inspector.apply("description", text) }
    }
    InspectorTextArea {
        objectName: "shotNotesArea"
        label: qsTr("Notes")
        shown: form.fields.notes || ""
        focusAfterCommit: form.panel
        onCommit: function(text) { form.inspector.apply("notes", text) }
    }

    // The heading of the scene the shot belongs to.
    InspectorSection {
        objectName: "shotSceneTitle"
        text: qsTr("SCENE  %1").arg(form.fields.sceneLabel || "")
    }
    InspectorRow {
        label: qsTr("Number")
        InspectorField {
            objectName: "sceneNumberField"
            shown: form.fields.sceneNumber || ""
            horizontalAlignment: Text.AlignLeft
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("sceneNumber", text) }
        }
    }
    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "sceneNameField"
            shown: form.fields.sceneName || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("sceneName", text) }
        }
    }
    InspectorRow {
        label: qsTr("INT/EXT")
        InspectorCombo {
            objectName: "sceneIntExtBox"
            model: form.fields.intExtChoices || []
            current: form.fields.intExt || ""
            onChoose: function(value) { form.inspector.apply("intExt", value) }
        }
    }
    InspectorRow {
        label: qsTr("Location")
        InspectorField {
            objectName: "sceneLocationField"
            shown: form.fields.location || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            placeholderText: qsTr("WAREHOUSE")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("location", text) }
        }
    }
    InspectorRow {
        label: qsTr("Time of day")
        InspectorField {
            objectName: "sceneTimeOfDayField"
            shown: form.fields.timeOfDay || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            placeholderText: qsTr("DAY, NIGHT…")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("timeOfDay", text) }
        }
    }
}
