import QtQuick
import Murnau.Bridge

// The selected actor: name, stature, build, proxy colour, place on the floor and facing.
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields

    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "actorNameField"
            shown: form.fields.name || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("name", text) }
        }
    }
    InspectorRow {
        label: qsTr("Height")
        InspectorField {
            objectName: "actorHeightField"
            shown: form.fields.height || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("height", text) }
        }
    }
    InspectorRow {
        label: qsTr("Build")
        InspectorCombo {
            objectName: "actorBuildBox"
            model: [
                { value: "slight", label: qsTr("Slight") },
                { value: "average", label: qsTr("Average") },
                { value: "heavy", label: qsTr("Heavy") }
            ]
            current: form.fields.build || ""
            onChoose: function(value) { form.inspector.apply("build", value) }
        }
    }
    InspectorRow {
        label: qsTr("Colour")
        ColorField {
            objectName: "actorColorField"
            shown: form.fields.color || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("color", text) }
        }
    }
    InspectorRow {
        label: qsTr("Position x")
        InspectorField {
            objectName: "actorXField"
            shown: form.fields.x || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("x", text) }
        }
    }
    InspectorRow {
        label: qsTr("Position z")
        InspectorField {
            objectName: "actorZField"
            shown: form.fields.z || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("z", text) }
        }
    }
    InspectorRow {
        label: qsTr("Facing")
        InspectorField {
            objectName: "actorFacingField"
            shown: form.fields.facing || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("facing", text) }
        }
    }
}
