import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The selected set piece: name, shape, where its base stands, its size (named per shape),
// yaw and colour, and what its shape adds: a wall's doors and windows, a flight's steps, a
// model's file and scale.
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields
    readonly property string shape: fields.shape || ""
    // The size fields' names for this shape (project.h: what sizeM means per shape).
    readonly property var sizeLabels: shape === "cylinder" ? [qsTr("Diameter"), qsTr("Height"), ""]
                                    : shape === "wall" ? [qsTr("Length"), qsTr("Height"), qsTr("Thickness")]
                                    : shape === "stairs" ? [qsTr("Width"), qsTr("Rise"), qsTr("Run")]
                                    : shape === "model" ? [qsTr("Box width"), qsTr("Box height"), qsTr("Box depth")]
                                    : [qsTr("Width"), qsTr("Height"), qsTr("Depth")]

    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "pieceNameField"
            shown: form.fields.name || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("name", text) }
        }
    }
    InspectorRow {
        label: qsTr("Shape")
        InspectorCombo {
            objectName: "pieceShapeBox"
            model: [
                { value: "box", label: qsTr("Box") },
                { value: "cylinder", label: qsTr("Cylinder") },
                { value: "wall", label: qsTr("Wall") },
                { value: "stairs", label: qsTr("Stairs") },
                { value: "model", label: qsTr("Model") }
            ]
            current: form.shape
            onChoose: function(value) { form.inspector.apply("shape", value) }
        }
    }
    Repeater {
        model: [
            { field: "x", label: qsTr("Position x") },
            { field: "y", label: qsTr("Position y") },
            { field: "z", label: qsTr("Position z") },
            { field: "width", label: form.sizeLabels[0] },
            { field: "height", label: form.sizeLabels[1] },
            { field: "depth", label: form.sizeLabels[2] }
        ]
        delegate: InspectorRow {
            required property var modelData
            visible: modelData.label.length > 0
            height: visible ? 28 : 0
            label: modelData.label
            InspectorField {
                objectName: "piece_" + modelData.field + "Field"
                shown: form.fields[modelData.field] || ""
                focusAfterCommit: form.panel
                onCommit: function(text) { form.inspector.apply(modelData.field, text) }
            }
        }
    }
    InspectorRow {
        label: qsTr("Yaw")
        InspectorField {
            objectName: "pieceYawField"
            shown: form.fields.yaw || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("yaw", text) }
        }
    }
    InspectorRow {
        label: qsTr("Colour")
        ColorField {
            objectName: "pieceColorField"
            shown: form.fields.color || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("color", text) }
        }
    }

    // Stairs: the number of risers.
    InspectorRow {
        visible: form.shape === "stairs"
        height: visible ? 28 : 0
        label: qsTr("Steps")
        InspectorField {
            objectName: "stairStepsField"
            shown: form.fields.steps || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("steps", text) }
        }
    }

    // Model: its file (relative to the project's folder) and its scale to metres.
    InspectorRow {
        visible: form.shape === "model"
        height: visible ? 28 : 0
        label: qsTr("File")
        InspectorField {
            objectName: "modelPathField"
            shown: form.fields.modelPath || ""
            horizontalAlignment: Text.AlignLeft
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("modelPath", text) }
        }
    }
    InspectorRow {
        visible: form.shape === "model"
        height: visible ? 28 : 0
        label: qsTr("Scale (to m)")
        InspectorField {
            objectName: "modelScaleField"
            shown: form.fields.modelScale || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("modelScale", text) }
        }
    }

    // Wall: its doors and windows, each a small card.
    Column {
        width: parent.width
        visible: form.shape === "wall"
        spacing: 6
        topPadding: 6

        Text {
            textFormat: Text.PlainText
            text: qsTr("Openings (%1)").arg(form.fields.openings ? form.fields.openings.length : 0)
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; bold: true }
        }
        Repeater {
            model: form.shape === "wall" && form.fields.openings ? form.fields.openings : []
            delegate: Rectangle {
                id: card
                required property var modelData
                required property int index
                width: parent.width
                height: cardColumn.height + 8
                radius: 3
                color: Theme.panelRaised
                Column {
                    id: cardColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 4 }
                    InspectorRow {
                        label: qsTr("Opening %1").arg(card.index + 1)
                        labelWidth: 78
                        Row {
                            anchors.fill: parent
                            spacing: 4
                            Item {
                                width: parent.width - removeButton.width - 4
                                height: parent.height
                                InspectorCombo {
                                    model: [{ value: "door", label: qsTr("Door") }, { value: "window", label: qsTr("Window") }]
                                    current: card.modelData.kind
                                    onChoose: function(value) { form.inspector.applyOpening(card.index, "kind", value) }
                                }
                            }
                            Button {
                                id: removeButton
                                width: 24
                                height: parent.height
                                text: "\u00d7"
                                font.pixelSize: Theme.fontNormal
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Remove this opening")
                                onClicked: form.inspector.removeOpening(card.index)
                            }
                        }
                    }
                    Repeater {
                        model: [
                            { field: "center", label: qsTr("Centre") },
                            { field: "width", label: qsTr("Width") },
                            { field: "height", label: qsTr("Height") },
                            { field: "sill", label: qsTr("Sill") }
                        ]
                        delegate: InspectorRow {
                            required property var modelData
                            labelWidth: 78
                            label: modelData.label
                            InspectorField {
                                shown: card.modelData[modelData.field]
                                focusAfterCommit: form.panel
                                onCommit: function(text) { form.inspector.applyOpening(card.index, modelData.field, text) }
                            }
                        }
                    }
                }
            }
        }
        Row {
            spacing: 6
            Button {
                objectName: "addDoorButton"
                text: qsTr("+ Door")
                font.pixelSize: Theme.fontSmall
                onClicked: form.inspector.addOpening("door")
            }
            Button {
                objectName: "addWindowButton"
                text: qsTr("+ Window")
                font.pixelSize: Theme.fontSmall
                onClicked: form.inspector.addOpening("window")
            }
        }
    }
}
