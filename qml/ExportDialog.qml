import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Murnau.Bridge

// The Export dialog (File ▸ Export ▸ …): where to write the kind of file chosen in the menu, which
// shots (all, the shown one, or a list of shot ids or numbers), in which order, and for PDFs the
// page size and two shots to a page. Export runs document's project through ProjectExporter;
// while a PDF's frames render a progress bar and Cancel show, and the outcome ("Wrote 12 shots
// to …", or the reason, naming the field) stays in the dialog.
Dialog {
    id: dialog
    objectName: "exportDialog"

    required property ProjectDocument document
    required property ProjectExporter exporter
    // What to export: an exportKindKey ("shot-list-pdf").
    property string kind: "shot-list-csv"
    // The last export's outcome, shown under the settings; ok false shows it as an error.
    property string resultText: ""
    property bool resultOk: true

    readonly property bool busy: exporter.busy
    readonly property bool isPdf: exporter.suffix(kind) === "pdf"
    readonly property bool folder: exporter.writesFolder(kind)

    title: qsTr("Export %1").arg(exporter.label(kind))
    modal: true
    focus: true
    width: 620
    anchors.centerIn: parent
    padding: 16
    closePolicy: busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    // Opens the dialog for `newKind`, the target in the project's folder named after its title.
    function openFor(newKind) {
        kind = newKind
        resultText = ""
        resultOk = true
        const folderPath = exporter.localPath(document.folderUrl().toString())
        pathField.text = folderPath + "/" + exporter.defaultFileName(newKind)
        if (!document.player.hasShot && shownRadio.checked)
            allRadio.checked = true
        open()
        exportButton.forceActiveFocus()
    }

    // The shots field's text for the exporter: "" for all, the shown shot's id, or the list typed.
    function shotsText() {
        if (shownRadio.checked)
            return document.player.shotId
        if (listRadio.checked)
            return listField.text
        return ""
    }

    function startExport() {
        resultText = ""
        exporter.start(kind, pathField.text, shotsText(), orderCombo.currentValue,
                       pageCombo.currentValue, halfPageCheck.checked)
    }

    Connections {
        target: dialog.exporter
        function onFinished(ok, message) {
            if (!dialog.opened)
                return
            dialog.resultOk = ok
            dialog.resultText = message
        }
    }

    // A caption on the left of a row.
    component RowLabel: Label {
        textFormat: Text.PlainText
        Layout.preferredWidth: 110
        Layout.alignment: Qt.AlignTop
        topPadding: 6
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 8
            enabled: !dialog.busy

            RowLabel { text: dialog.folder ? qsTr("Into folder") : qsTr("File") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                TextField {
                    id: pathField
                    objectName: "exportPathField"
                    Layout.fillWidth: true
                    selectByMouse: true
                    font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                    onAccepted: dialog.startExport()
                }
                Button {
                    objectName: "exportBrowseButton"
                    text: qsTr("Browse\u2026")
                    onClicked: {
                        if (dialog.folder) {
                            folderDialog.currentFolder = dialog.exporter.urlOf(pathField.text)
                            folderDialog.open()
                        } else {
                            fileDialog.currentFolder = dialog.exporter.folderOf(pathField.text)
                            fileDialog.open()
                        }
                    }
                }
            }

            RowLabel { text: qsTr("Shots") }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                RadioButton {
                    id: allRadio
                    objectName: "exportAllShotsRadio"
                    text: qsTr("Every shot")
                    checked: true
                }
                RadioButton {
                    id: shownRadio
                    objectName: "exportShownShotRadio"
                    enabled: dialog.document.player.hasShot
                    text: dialog.document.player.hasShot
                          ? qsTr("The shown shot (%1)").arg(dialog.document.player.shotId) : qsTr("The shown shot")
                }
                RowLayout {
                    Layout.fillWidth: true
                    RadioButton {
                        id: listRadio
                        objectName: "exportShotListRadio"
                        text: qsTr("These:")
                    }
                    TextField {
                        id: listField
                        objectName: "exportShotListField"
                        Layout.fillWidth: true
                        selectByMouse: true
                        placeholderText: qsTr("shot ids or numbers, e.g. sh-0001, 1A, 2")
                        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                        onTextEdited: listRadio.checked = true
                    }
                }
            }

            RowLabel { text: qsTr("Order") }
            ComboBox {
                id: orderCombo
                delegate: PlainComboDelegate { combo: orderCombo }   // choices as plain text
                objectName: "exportOrderCombo"
                Layout.preferredWidth: 260
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("Editorial (scene by scene)"), value: "editorial" },
                    { text: qsTr("By setup (shooting order)"), value: "setup" }
                ]
            }

            RowLabel { text: qsTr("Page"); visible: dialog.isPdf }
            RowLayout {
                visible: dialog.isPdf
                spacing: 12
                ComboBox {
                    id: pageCombo
                    delegate: PlainComboDelegate { combo: pageCombo }   // choices as plain text
                    objectName: "exportPageSizeCombo"
                    Layout.preferredWidth: 160
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { text: qsTr("A4"), value: "A4" },
                        { text: qsTr("US Letter"), value: "Letter" }
                    ]
                }
                CheckBox {
                    id: halfPageCheck
                    objectName: "exportHalfPageCheck"
                    visible: dialog.exporter.renders(dialog.kind)
                    text: qsTr("Two shots to a page")
                }
            }
        }

        // While it runs: what it is doing and how far it got.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 4
            visible: dialog.busy
            ProgressBar {
                objectName: "exportProgressBar"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: dialog.exporter.progress
            }
            Label {
                textFormat: Text.PlainText
                objectName: "exportStatusLabel"
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                color: Theme.textDim
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                text: dialog.exporter.statusText
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "exportResultLabel"
            Layout.fillWidth: true
            visible: !dialog.busy && dialog.resultText.length > 0
            wrapMode: Text.Wrap
            color: dialog.resultOk ? Theme.text : Theme.error
            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
            text: dialog.resultText
        }
    }

    footer: DialogButtonBox {
        Button {
            id: exportButton
            objectName: "exportStartButton"
            text: qsTr("Export")
            enabled: !dialog.busy && pathField.text.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button {
            objectName: "exportCancelButton"
            // Stops a running export (the dialog stays to say nothing was written); otherwise closes.
            text: dialog.busy ? qsTr("Cancel") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (dialog.busy)
                    dialog.exporter.cancel()
                else
                    dialog.close()
            }
        }
    }

    onApplied: dialog.startExport()

    FileDialog {
        id: fileDialog
        objectName: "exportFileDialog"
        title: dialog.title
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Choose")
        defaultSuffix: dialog.exporter.suffix(dialog.kind)
        nameFilters: [qsTr("%1 (*.%2)").arg(dialog.exporter.label(dialog.kind)).arg(dialog.exporter.suffix(dialog.kind)),
                      qsTr("All files (*)")]
        onAccepted: pathField.text = dialog.exporter.localPath(selectedFile.toString())
    }

    FolderDialog {
        id: folderDialog
        objectName: "exportFolderDialog"
        title: dialog.title
        onAccepted: pathField.text = dialog.exporter.localPath(selectedFolder.toString())
    }
}
