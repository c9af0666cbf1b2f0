import QtQuick
import Murnau.Bridge

// The inspector: the selected item's properties with their units (document.selection), or the
// shot shown when nothing is selected. Every field applies on Enter as one undo step; a refused
// value shows core's message under the form and the field goes back to the document's value.
Column {
    id: inspectorView

    required property ProjectDocument document
    // Where the keyboard goes after a field is applied (the side panel).
    property Item panel: null

    // The bridge behind the forms: fields of the shown item, typed text applied through core.
    readonly property ItemInspector inspector: ItemInspector { document: inspectorView.document }
    readonly property string kind: inspector.kind
    // The last refused edit's message, until the next edit or selection.
    property string editError: ""

    Connections {
        target: inspectorView.document
        function onErrorTextChanged() { inspectorView.editError = inspectorView.document.errorText }
    }
    Connections {
        target: inspectorView.document.selection
        function onChanged() { inspectorView.editError = "" }
    }

    InspectorSection {
        objectName: "inspectorTitle"
        text: {
            switch (inspectorView.kind) {
            case "actor": return qsTr("ACTOR")
            case "setPiece": return qsTr("SET PIECE")
            case "camera": return qsTr("CAMERA")
            case "mark": return qsTr("MARK")
            case "viaPoint": return qsTr("WALK POINT")
            case "railPoint": return qsTr("RAIL POINT")
            case "shot": return qsTr("SHOT  %1").arg(inspectorView.inspector.fields.label || "")
            default: return qsTr("INSPECTOR")
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        width: parent.width
        visible: inspectorView.kind === ""
        text: qsTr("Select an item in a list, the plan or a view to edit it here.")
        color: Theme.textFaint
        wrapMode: Text.Wrap
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }
    ActorInspector {
        objectName: "actorInspector"
        width: parent.width
        visible: inspectorView.kind === "actor"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    SetPieceInspector {
        objectName: "setPieceInspector"
        width: parent.width
        visible: inspectorView.kind === "setPiece"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    CameraInspector {
        objectName: "cameraInspector"
        width: parent.width
        visible: inspectorView.kind === "camera"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    MarkInspector {
        objectName: "markInspector"
        width: parent.width
        visible: inspectorView.kind === "mark"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    PointInspector {
        objectName: "pointInspector"
        width: parent.width
        visible: inspectorView.kind === "viaPoint" || inspectorView.kind === "railPoint"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    ShotInspector {
        objectName: "shotInspector"
        width: parent.width
        visible: inspectorView.kind === "shot"
        inspector: inspectorView.inspector
        panel: inspectorView.panel
    }
    // Why the last edit was refused (core's message, naming the field).
    Text {
        textFormat: Text.PlainText
        objectName: "editErrorText"
        width: parent.width
        visible: inspectorView.editError.length > 0
        topPadding: 8
        text: inspectorView.editError
        color: Theme.error
        wrapMode: Text.Wrap
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }
}
