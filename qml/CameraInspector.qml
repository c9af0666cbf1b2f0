import QtQuick
import Murnau.Bridge

// The selected camera: body (sensor), lens kit, delivery format and squeeze, where it stands
// and how its head is turned, and the lens: focal length (the kit's primes as whole numbers, a
// zoom typed within its range, or any typed length), focus distance and stop.
Column {
    id: form

    required property ItemInspector inspector
    property Item panel: null
    readonly property var fields: inspector.fields

    InspectorRow {
        label: qsTr("Name")
        InspectorField {
            objectName: "cameraNameField"
            shown: form.fields.name || ""
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.fontFamily
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("name", text) }
        }
    }
    InspectorRow {
        label: qsTr("Sensor")
        InspectorCombo {
            objectName: "cameraSensorBox"
            model: form.fields.sensorChoices || []
            current: form.fields.sensor || ""
            onChoose: function(value) { form.inspector.apply("sensor", value) }
        }
    }
    InspectorRow {
        label: qsTr("Lens kit")
        InspectorCombo {
            objectName: "cameraKitBox"
            model: form.fields.kitChoices || []
            current: form.fields.lensKit || ""
            onChoose: function(value) { form.inspector.apply("lensKit", value) }
        }
    }
    InspectorRow {
        label: qsTr("Delivery")
        InspectorField {
            objectName: "cameraDeliveryField"
            shown: form.fields.delivery || ""
            placeholderText: qsTr("2.39:1 or full gate")
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("delivery", text) }
        }
    }
    InspectorRow {
        label: qsTr("Squeeze")
        InspectorField {
            objectName: "cameraSqueezeField"
            shown: form.fields.squeeze || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("squeeze", text) }
        }
    }
    InspectorRow {
        label: form.fields.focalKind === "zoom" ? qsTr("Focal (%1)").arg(form.fields.zoomRange) : qsTr("Focal length")
        InspectorCombo {
            objectName: "cameraPrimeBox"
            visible: form.fields.focalKind === "primes"
            model: form.fields.primes || []
            current: form.fields.focal || ""
            onChoose: function(value) { form.inspector.apply("focal", value) }
        }
        InspectorField {
            objectName: "cameraFocalField"
            visible: form.fields.focalKind !== "primes"
            shown: form.fields.focal || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("focal", text) }
        }
    }
    InspectorRow {
        label: qsTr("Focus")
        InspectorField {
            objectName: "cameraFocusField"
            shown: form.fields.focus || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("focus", text) }
        }
    }
    InspectorRow {
        label: qsTr("Stop")
        InspectorField {
            objectName: "cameraStopField"
            shown: form.fields.stop || ""
            focusAfterCommit: form.panel
            onCommit: function(text) { form.inspector.apply("stop", text) }
        }
    }
    Repeater {
        model: [
            { field: "x", label: qsTr("Position x") },
            { field: "y", label: qsTr("Height (y)") },
            { field: "z", label: qsTr("Position z") },
            { field: "pan", label: qsTr("Pan") },
            { field: "tilt", label: qsTr("Tilt") },
            { field: "roll", label: qsTr("Roll") }
        ]
        delegate: InspectorRow {
            required property var modelData
            label: modelData.label
            InspectorField {
                objectName: "camera_" + modelData.field + "Field"
                shown: form.fields[modelData.field] || ""
                focusAfterCommit: form.panel
                onCommit: function(text) { form.inspector.apply(modelData.field, text) }
            }
        }
    }
}
