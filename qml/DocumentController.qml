import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Murnau.Bridge

// The File, Edit and View commands of the main window: their actions (with the standard
// shortcuts), the file dialogs, the unsaved-changes prompt before anything that would drop
// changes, the error dialog for files that cannot be opened or saved, and the offer to
// recover a crashed session's work. The menus (MainMenuBar.qml) only show these actions.
Item {
    id: controller

    required property ProjectDocument document
    required property Window window

    // What to do once the user has dealt with unsaved changes (see whenSaved()).
    property var pendingAction: null
    // What to do once Save As has written the file (Save from the unsaved-changes prompt).
    property var afterSaveAs: null
    // The user agreed to close the window (after the prompt): let the next close through.
    property bool closeConfirmed: false

    // Runs `action` now if there is nothing unsaved; otherwise asks Save / Discard / Cancel first.
    function whenSaved(action) {
        if (!document.modified) {
            action()
            return
        }
        pendingAction = action
        unsavedDialog.text = qsTr("Save the changes to %1?").arg(document.displayName)
        unsavedDialog.open()
    }

    // Writes the document to its file (Save As when it has none), then runs `then` if it worked.
    function save(then) {
        if (document.filePath.length === 0) {
            saveAs(then)
            return
        }
        if (document.save()) {
            if (then)
                then()
        } else {
            showFileError(qsTr("Cannot save %1").arg(document.displayName))
        }
    }

    function saveAs(then) {
        afterSaveAs = then ? then : null
        saveDialog.currentFolder = document.folderUrl()
        saveDialog.open()
    }

    // Opens `path` (a recent file, a dropped file) once unsaved changes are dealt with.
    function openPath(path) {
        whenSaved(function() {
            if (!document.load(path))
                showFileError(qsTr("Cannot open %1").arg(path))
        })
    }

    // The window's onClosing: holds the close back while there are unsaved changes.
    function requestClose(close) {
        if (closeConfirmed || !document.modified)
            return
        close.accepted = false
        whenSaved(function() {
            controller.closeConfirmed = true
            controller.window.close()
        })
    }

    // An edit's name inside a menu item's text: "&" doubled, so "Tom & Jerry" is no mnemonic.
    function menuText(name) {
        return name.replace(/&/g, "&&")
    }

    function showFileError(title) {
        errorDialog.text = title
        errorDialog.informativeText = document.errorText
        errorDialog.open()
    }

    readonly property Action newAction: Action {
        text: qsTr("&New")
        shortcut: StandardKey.New
        onTriggered: controller.whenSaved(function() { controller.document.newProject() })
    }
    readonly property Action openAction: Action {
        text: qsTr("&Open\u2026")
        shortcut: StandardKey.Open
        onTriggered: controller.whenSaved(function() {
            openDialog.currentFolder = controller.document.folderUrl()
            openDialog.open()
        })
    }
    readonly property Action saveAction: Action {
        text: qsTr("&Save")
        shortcut: StandardKey.Save
        enabled: controller.document.loaded
        onTriggered: controller.save(null)
    }
    readonly property Action saveAsAction: Action {
        text: qsTr("Save &As\u2026")
        // StandardKey.SaveAs is Ctrl+Shift+S on GNOME and KDE but has no key on a bare X11
        // session (no desktop's key theme), so the key is spelled out.
        shortcut: "Ctrl+Shift+S"
        enabled: controller.document.loaded
        onTriggered: controller.saveAs(null)
    }
    readonly property Action revertAction: Action {
        text: qsTr("&Revert to Saved")
        enabled: controller.document.modified && controller.document.filePath.length > 0
        onTriggered: revertDialog.open()
    }
    readonly property Action quitAction: Action {
        text: qsTr("&Quit")
        shortcut: StandardKey.Quit
        onTriggered: controller.window.close()
    }
    readonly property Action undoAction: Action {
        text: controller.document.canUndo ? qsTr("&Undo %1").arg(controller.menuText(controller.document.undoText)) : qsTr("&Undo")
        shortcut: StandardKey.Undo
        enabled: controller.document.canUndo
        onTriggered: controller.document.undo()
    }
    readonly property Action redoAction: Action {
        text: controller.document.canRedo ? qsTr("&Redo %1").arg(controller.menuText(controller.document.redoText)) : qsTr("&Redo")
        shortcut: StandardKey.Redo
        enabled: controller.document.canRedo
        onTriggered: controller.document.redo()
    }
    // Delete and Duplicate act on the selection (document.selection); each is one undo step,
    // a refused one (the last camera) leaves core's message in document.errorText.
    readonly property LibraryActions library: LibraryActions { document: controller.document }
    readonly property Action deleteAction: Action {
        text: qsTr("&Delete")
        shortcut: StandardKey.Delete
        enabled: controller.library.canDelete
        onTriggered: controller.library.deleteSelection()
    }
    readonly property Action duplicateAction: Action {
        text: qsTr("D&uplicate")
        shortcut: "Ctrl+D"
        enabled: controller.library.canDuplicate
        onTriggered: controller.library.duplicateSelection()
    }
    // Checkable: a click flips `checked` and breaks its binding, so each restores it.
    readonly property Action metricAction: Action {
        text: qsTr("&Metric (metres)")
        checkable: true
        checked: controller.document.displayUnits === "metric"
        enabled: controller.document.loaded
        onTriggered: {
            controller.document.setDisplayUnits("metric")
            checked = Qt.binding(function() { return controller.document.displayUnits === "metric" })
        }
    }
    readonly property Action imperialAction: Action {
        text: qsTr("&Imperial (feet and inches)")
        checkable: true
        checked: controller.document.displayUnits === "imperial"
        enabled: controller.document.loaded
        onTriggered: {
            controller.document.setDisplayUnits("imperial")
            checked = Qt.binding(function() { return controller.document.displayUnits === "imperial" })
        }
    }

    FileDialog {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open Project")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Murnau projects (*.murnau)"), qsTr("All files (*)")]
        onAccepted: {
            const path = controller.document.localPath(selectedFile)
            if (!controller.document.load(path))
                controller.showFileError(qsTr("Cannot open %1").arg(path))
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "saveDialog"
        title: qsTr("Save Project As")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "murnau"
        nameFilters: [qsTr("Murnau projects (*.murnau)")]
        onAccepted: {
            const then = controller.afterSaveAs
            controller.afterSaveAs = null
            const path = controller.document.localPath(selectedFile)
            if (!controller.document.saveAs(path))
                controller.showFileError(qsTr("Cannot save %1").arg(path))
            else if (then)
                then()
        }
        onRejected: controller.afterSaveAs = null
    }

    MessageDialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        title: qsTr("Unsaved Changes")
        informativeText: qsTr("Your changes are lost if you don't save them.")
        buttons: MessageDialog.Save | MessageDialog.Discard | MessageDialog.Cancel
        onButtonClicked: function(button, role) {
            const action = controller.pendingAction
            controller.pendingAction = null
            if (button === MessageDialog.Save)
                controller.save(action)
            else if (button === MessageDialog.Discard)
                action()
        }
    }

    MessageDialog {
        id: revertDialog
        objectName: "revertDialog"
        title: qsTr("Revert to Saved")
        text: qsTr("Discard the changes to %1 and reopen the saved file?").arg(controller.document.displayName)
        informativeText: qsTr("This cannot be undone.")
        buttons: MessageDialog.Discard | MessageDialog.Cancel
        onButtonClicked: function(button, role) {
            if (button === MessageDialog.Discard && !controller.document.revert())
                controller.showFileError(qsTr("Cannot reopen %1").arg(controller.document.displayName))
        }
    }

    MessageDialog {
        id: errorDialog
        objectName: "fileErrorDialog"
        title: qsTr("Murnau")
        buttons: MessageDialog.Ok
    }

    // The offer to recover a crashed session's unsaved work, once the window is shown.
    Dialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, controller.window.width - 80)
        modal: true
        title: qsTr("Recover Unsaved Work?")
        closePolicy: Popup.NoAutoClose

        readonly property Autosave autosave: controller.document.autosave

        Label {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Murnau did not close cleanly last time. Changes to %1 that were not saved were kept on %2.\n\nRecover them now? They open as unsaved changes; Save keeps them.")
                  .arg(recoveryDialog.autosave.recoverySourcePath.length > 0
                       ? recoveryDialog.autosave.recoverySourcePath : qsTr("an untitled project"))
                  .arg(recoveryDialog.autosave.recoverySavedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
        }

        footer: DialogButtonBox {
            Button {
                objectName: "recoverButton"
                text: qsTr("Recover")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Discard")
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                onClicked: {
                    recoveryDialog.autosave.discardRecovery()
                    recoveryDialog.close()
                }
            }
            Button {
                text: qsTr("Decide Later")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: {
            if (!autosave.recover())
                controller.showFileError(qsTr("Cannot recover the unsaved work"))
        }
    }

    Connections {
        target: controller.window
        function onVisibleChanged() {
            if (controller.window.visible && controller.document.autosave.recoveryAvailable)
                recoveryDialog.open()
        }
    }
}
