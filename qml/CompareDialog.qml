import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Murnau.Bridge

// The Compare dialog (Shot > Compare Track-out vs Zoom-out…, Ctrl+Shift+M): the request for
// document.compare (ShotComparison): the actor framed, the framing at the start and at the end
// (a shot size or a distance), the lens, the duration, the dolly zoom as a third side, and
// whether to build it from the shown shot or from nothing. Compare opens the compare view;
// core's refusal stays in the dialog, under the field it concerns.
Dialog {
    id: dialog
    objectName: "compareDialog"

    required property ProjectDocument document
    readonly property ShotComparison compare: document.compare

    title: qsTr("Compare Track-out vs Zoom-out")
    modal: true
    focus: true
    width: 560
    anchors.centerIn: parent
    padding: 16

    // Starts from the shown shot (ShotComparison::reset) and opens.
    function openFor() {
        compare.reset()
        open()
        subjectCombo.forceActiveFocus()
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
        leftPadding: 142
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.error
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }
    // A hint under a field.
    component FieldHint: Label {
        textFormat: Text.PlainText
        Layout.columnSpan: 2
        Layout.fillWidth: true
        leftPadding: 142
        wrapMode: Text.Wrap
        color: Theme.textFaint
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            text: qsTr("A moves the camera back at a fixed focal length; B stays at A's start and zooms so the actor's framing matches A's on every frame.")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 6

            RowLabel { text: qsTr("Build from") }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                RadioButton {
                    objectName: "compareFromShotRadio"
                    text: qsTr("The shown shot")
                    checked: dialog.compare.fromShot
                    onClicked: dialog.compare.fromShot = true
                }
                RadioButton {
                    objectName: "compareFromNothingRadio"
                    text: qsTr("Nothing (the first camera, actors where they stand)")
                    checked: !dialog.compare.fromShot
                    onClicked: dialog.compare.fromShot = false
                }
            }
            FieldHint { objectName: "compareSourceLabel"; text: dialog.compare.sourceLabel }

            RowLabel { text: qsTr("Subject") }
            ComboBox {
                id: subjectCombo
                delegate: PlainComboDelegate { combo: subjectCombo }   // choices as plain text
                objectName: "compareSubjectCombo"
                Layout.fillWidth: true
                model: dialog.compare.subjects
                currentIndex: dialog.compare.subjects.indexOf(dialog.compare.subject)
                onActivated: dialog.compare.subject = currentText
            }
            FieldError { text: dialog.compare.fieldErrors["subject"] || "" }

            RowLabel { text: qsTr("From") }
            TextField {
                objectName: "compareFromField"
                Layout.fillWidth: true
                text: dialog.compare.fromText
                placeholderText: qsTr("MCU, or a distance: 2.5 m")
                selectByMouse: true
                onTextEdited: dialog.compare.fromText = text
            }
            FieldError { text: dialog.compare.fieldErrors["from"] || "" }

            RowLabel { text: qsTr("To") }
            TextField {
                objectName: "compareToField"
                Layout.fillWidth: true
                text: dialog.compare.toText
                placeholderText: qsTr("FS, or a distance: 8 m")
                selectByMouse: true
                onTextEdited: dialog.compare.toText = text
            }
            FieldError { text: dialog.compare.fieldErrors["to"] || "" }
            FieldHint { text: qsTr("Shot sizes: ECU, CU, MCU, MS, MWS, FS, WS, EWS") }

            RowLabel { text: qsTr("Focal length (mm)") }
            TextField {
                objectName: "compareFocalLengthField"
                Layout.fillWidth: true
                text: dialog.compare.focalLengthText
                placeholderText: qsTr("the camera's")
                selectByMouse: true
                onTextEdited: dialog.compare.focalLengthText = text
            }
            FieldError { text: dialog.compare.fieldErrors["focalLength"] || "" }

            RowLabel { text: qsTr("Duration (s)") }
            TextField {
                objectName: "compareDurationField"
                Layout.fillWidth: true
                text: dialog.compare.durationText
                placeholderText: qsTr("the shot's")
                selectByMouse: true
                onTextEdited: dialog.compare.durationText = text
            }
            FieldError { text: dialog.compare.fieldErrors["duration"] || "" }

            Item { width: 1; height: 1 }
            CheckBox {
                objectName: "compareDollyZoomCheck"
                Layout.fillWidth: true
                text: qsTr("Add a third side: the dolly zoom (holds the actor's size)")
                checked: dialog.compare.withDollyZoom
                onClicked: dialog.compare.withDollyZoom = checked
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }

        // Why core refuses the request, in its words.
        Label {
            textFormat: Text.PlainText
            objectName: "compareRequestError"
            Layout.fillWidth: true
            Layout.minimumHeight: 20
            wrapMode: Text.Wrap
            color: Theme.error
            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
            text: dialog.compare.requestError
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "compareOpenButton"
            text: qsTr("Compare")
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button {
            objectName: "compareCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    // Opens the compare view; a refusal keeps the dialog open with core's message.
    onApplied: if (dialog.compare.open()) dialog.close()
}
