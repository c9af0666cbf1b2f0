import QtQuick
import Murnau.Bridge

// The selected blocking mark (in the shown shot's scene): name, where it is on the floor, the
// facing while standing there, arrival and departure (scene action time, seconds), the walking
// speed into it (retimes the walk: setWalkSpeed) and how many points shape the walk in.
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields

    Text {
        textFormat: Text.PlainText
        width: parent.width
        text: qsTr("%1's mark %2").arg(form.fields.actor || "").arg((form.fields.index || 0) + 1)
        color: Theme.textDim
        elide: Text.ElideRight
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        bottomPadding: 4
    }
    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "markNameField"
            shown: form.fields.name || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("name", text) }
        }
    }
    Repeater {
        model: [
            { field: "x", label: qsTr("Position x") },
            { field: "z", label: qsTr("Position z") },
            { field: "facing", label: qsTr("Facing") },
            { field: "arrive", label: qsTr("Arrives at") },
            { field: "leave", label: qsTr("Leaves at") }
        ]
        delegate: InspectorRow {
            required property var modelData
            label: modelData.label
            InspectorField {
                objectName: "mark_" + modelData.field + "Field"
                shown: form.fields[modelData.field] || ""
                focusAfterCommit: form.panel
                onCommit: function(text) { form.inspector.apply(modelData.field, text) }
            }
        }
    }
    InspectorRow {
        visible: (form.fields.index || 0) > 0
        height: visible ? 28 : 0
        label: qsTr("Walk in at")
        InspectorField {
            objectName: "markSpeedField"
            shown: form.fields.speed || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("speed", text) }
        }
    }
    InspectorRow {
        label: qsTr("Walk points")
        Text {
            textFormat: Text.PlainText
            anchors { right: parent.right; rightMargin: 6; verticalCenter: parent.verticalCenter }
            text: form.fields.viaCount !== undefined ? form.fields.viaCount : ""
            color: Theme.text
            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
        }
    }
}
