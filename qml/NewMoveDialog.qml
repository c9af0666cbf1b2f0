import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Murnau.Bridge

// The New Move dialog (Shot > New Move…, Ctrl+M): pick one of core's moves, the actor it
// frames and its parameters (framings as a shot size or a distance), see what will be made in
// core's words, and apply it into the shown shot or as a new shot after it. Every number comes
// from MoveBuilder (app/bridge/move_builder.h); the result is ordinary keys, one undo step.
Dialog {
    id: dialog
    objectName: "newMoveDialog"

    required property ProjectDocument document

    title: qsTr("New Move")
    modal: true
    focus: true
    width: 620
    anchors.centerIn: parent
    padding: 16

    readonly property MoveBuilder builder: MoveBuilder {
        objectName: "moveBuilder"
        document: dialog.document
    }

    // Starts from the shown shot (its subject and duration, the move's defaults) and opens.
    function openFor() {
        builder.reset()
        open()
        moveCombo.forceActiveFocus()
    }

    // A caption on the left of a row.
    component RowLabel: Label {
        textFormat: Text.PlainText
        Layout.preferredWidth: 130
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
    }
    // Core's message under a field it refused.
    component FieldError: Label {
        textFormat: Text.PlainText
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.error
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 6

            RowLabel { text: qsTr("Move") }
            ComboBox {
                id: moveCombo
                delegate: PlainComboDelegate { combo: moveCombo }   // choices as plain text
                objectName: "moveCombo"
                Layout.fillWidth: true
                model: dialog.builder.moves
                textRole: "title"
                valueRole: "key"
                currentIndex: indexOfValue(dialog.builder.moveKey)
                onActivated: dialog.builder.moveKey = currentValue
            }
            Item { width: 1; height: 1 }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textDim
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                text: moveCombo.currentIndex >= 0 ? dialog.builder.moves[moveCombo.currentIndex].summary : ""
            }

            RowLabel { text: qsTr("Subject") }
            ComboBox {
                id: subjectCombo
                delegate: PlainComboDelegate { combo: subjectCombo }   // choices as plain text
                objectName: "subjectCombo"
                Layout.fillWidth: true
                model: dialog.builder.subjects
                currentIndex: dialog.builder.subjects.indexOf(dialog.builder.subject)
                onActivated: dialog.builder.subject = currentText
            }
            FieldError { text: dialog.builder.fieldErrors["subject"] || "" }

            RowLabel { text: qsTr("Shot") }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: dialog.builder.shotLabel.length > 0
                      ? qsTr("%1  \u00b7  camera %2  \u00b7  %3 fps").arg(dialog.builder.shotLabel)
                            .arg(dialog.builder.cameraLabel).arg(dialog.builder.frameRateLabel)
                      : qsTr("No shot shown: pick one in the transport first")
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }

        // The chosen move's own parameters.
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 6

            Repeater {
                id: parameterRows
                // A count, so typing (which re-reads `parameters`) keeps the fields and their focus.
                model: dialog.builder.parameters.length
                delegate: RowLayout {
                    id: row
                    required property int index
                    readonly property var parameter: dialog.builder.parameters[index] || ({})
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    spacing: 12

                    RowLabel { text: row.parameter.label || "" }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextField {
                            objectName: "param_" + (row.parameter.field || "")
                            Layout.fillWidth: true
                            visible: row.parameter.kind !== "axis"
                            text: row.parameter.text || ""
                            placeholderText: row.parameter.placeholder || ""
                            selectByMouse: true
                            onTextEdited: dialog.builder.setParameter(row.parameter.field, text)
                            ToolTip.visible: hovered && (row.parameter.note || "").length > 0
                            ToolTip.text: row.parameter.note || ""
                            ToolTip.delay: 600
                        }
                        ComboBox {
                            id: axisCombo
                            delegate: PlainComboDelegate { combo: axisCombo }   // choices as plain text
                            objectName: "paramCombo_" + (row.parameter.field || "")
                            Layout.fillWidth: true
                            visible: row.parameter.kind === "axis"
                            model: ["pan", "tilt", "roll"]
                            currentIndex: Math.max(0, model.indexOf(row.parameter.text || "pan"))
                            onActivated: dialog.builder.setParameter(row.parameter.field, currentText)
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            visible: text.length > 0
                            color: (row.parameter.error || "").length > 0 ? Theme.error : Theme.textFaint
                            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                            text: (row.parameter.error || "").length > 0 ? row.parameter.error : (row.parameter.note || "")
                        }
                    }
                }
            }

            RowLabel { text: qsTr("Duration (s)") }
            TextField {
                objectName: "durationField"
                Layout.fillWidth: true
                text: dialog.builder.durationText
                selectByMouse: true
                onTextEdited: dialog.builder.durationText = text
            }
            FieldError { text: dialog.builder.fieldErrors["duration"] || "" }

            RowLabel { text: qsTr("Timing"); visible: dialog.builder.usesTiming }
            RowLayout {
                Layout.fillWidth: true
                visible: dialog.builder.usesTiming
                ComboBox {
                    id: timingCombo
                    delegate: PlainComboDelegate { combo: timingCombo }   // choices as plain text
                    objectName: "timingCombo"
                    Layout.fillWidth: true
                    textRole: "label"
                    valueRole: "value"
                    model: [
                        { value: "eased", label: qsTr("Eased in and out") },
                        { value: "constant", label: qsTr("Constant speed") },
                        { value: "ramped", label: qsTr("Ramped (constant acceleration)") }
                    ]
                    currentIndex: indexOfValue(dialog.builder.timing)
                    onActivated: dialog.builder.timing = currentValue
                }
                Label {
                    textFormat: Text.PlainText
                    visible: dialog.builder.timing === "ramped"
                    text: qsTr("ramps (s)")
                    color: Theme.textDim
                }
                TextField {
                    objectName: "rampField"
                    visible: dialog.builder.timing === "ramped"
                    Layout.preferredWidth: 70
                    text: dialog.builder.rampText
                    selectByMouse: true
                    onTextEdited: dialog.builder.rampText = text
                }
            }
            FieldError { text: dialog.builder.usesTiming ? (dialog.builder.fieldErrors["ramp"] || "") : "" }

            RowLabel { text: qsTr("Put it") }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                RadioButton {
                    objectName: "intoShotRadio"
                    visible: !dialog.builder.makesTwoShots
                    text: qsTr("Into this shot (replaces its camera motion)")
                    checked: dialog.builder.target === "shot"
                    onClicked: dialog.builder.target = "shot"
                }
                RadioButton {
                    objectName: "newShotRadio"
                    visible: !dialog.builder.makesTwoShots
                    text: qsTr("As a new shot after this one")
                    checked: dialog.builder.target === "newShot"
                    onClicked: dialog.builder.target = "newShot"
                }
                Label {
                    textFormat: Text.PlainText
                    visible: dialog.builder.makesTwoShots
                    text: qsTr("As two new shots after this one: the track, then the matched zoom")
                    color: Theme.text
                }
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }

        // What will be made, in core's words, or why not.
        Label {
            textFormat: Text.PlainText
            objectName: "moveDescription"
            Layout.fillWidth: true
            Layout.minimumHeight: 36
            wrapMode: Text.Wrap
            color: dialog.builder.canApply ? Theme.accent : Theme.error
            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
            text: dialog.builder.canApply ? dialog.builder.description : dialog.builder.errorText
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "applyMoveButton"
            text: qsTr("Apply")
            enabled: dialog.builder.canApply
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button {
            objectName: "cancelMoveButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    // Closes only when the move was made; a refusal stays open with core's message.
    onApplied: if (dialog.builder.apply()) dialog.close()
}
