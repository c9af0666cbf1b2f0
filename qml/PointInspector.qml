import QtQuick
import Murnau.Bridge

// A selected point: a point of an actor's walk into a mark (x, z on the floor) or a point of
// the shown shot's rail (x, y, z).
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields
    readonly property bool rail: inspector.kind === "railPoint"

    Text {
        textFormat: Text.PlainText
        width: parent.width
        text: form.rail ? qsTr("Rail point %1").arg((form.fields.index || 0) + 1)
                        : qsTr("Point %1 of %2's walk to %3").arg((form.fields.index || 0) + 1)
                                                            .arg(form.fields.actor || "").arg(form.fields.markName || "")
        color: Theme.textDim
        elide: Text.ElideRight
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        bottomPadding: 4
    }
    Repeater {
        model: form.rail ? [{ field: "x", label: qsTr("Position x") }, { field: "y", label: qsTr("Height (y)") },
                            { field: "z", label: qsTr("Position z") }]
                         : [{ field: "x", label: qsTr("Position x") }, { field: "z", label: qsTr("Position z") }]
        delegate: InspectorRow {
            required property var modelData
            label: modelData.label
            InspectorField {
                objectName: "point_" + modelData.field + "Field"
                shown: form.fields[modelData.field] || ""
                focusAfterCommit: form.panel
                onCommit: function(text) { form.inspector.apply(modelData.field, text) }
            }
        }
    }
}
