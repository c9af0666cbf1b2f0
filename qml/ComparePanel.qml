import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Murnau.Bridge

// The compare view, in place of the views while a comparison is open (document.compare,
// ShotComparison): the track out (A), the matched zoom out (B) and optionally the dolly zoom (C)
// side by side, each the same size and labelled with its move, lens and position, on one shared
// playhead (play/pause, steps, a scrub slider; Space, Left/Right, Home/End while the panel has
// the focus). Overlay modes put two sides on one picture: a wipe with a draggable divider (A left
// of it), B as a 50 % ghost over A, or the difference |A - B| lit up (the background's perspective
// differs, the matched subject stays dark); there the sides' offscreen pictures go into a
// ShaderEffect (compare_overlay.frag) composites them. Under the pictures: the readouts over
// time (ComparisonPlotView) and, beside them, the readout at the playhead, the cost of each side
// (red where it fails), Keep and Close, and the comparison sheet's export. Every number is
// ShotComparison's (core's); this file only lays them out.
FocusScope {
    id: comparePanel
    objectName: "comparePanel"

    required property ProjectDocument document
    readonly property ShotComparison compare: document.compare

    // How the sides are shown: "side" (side by side), "wipe", "ghost" or "difference".
    property string overlayMode: "side"
    // The wipe's divider as a fraction of the picture's width: A left of it, the other side right.
    property real wipePosition: 0.5
    // The side laid over A in the overlay modes: 1 (B) or 2 (C, with a dolly zoom).
    property int overlayIndex: 1

    readonly property bool overlay: overlayMode !== "side"
    readonly property int sideCount: Math.max(2, Math.min(3, compare.panelCount))
    readonly property CompareShotView overlaySide: overlayIndex === 2 && sideCount === 3 ? sideC : sideB
    readonly property var letters: ["A", "B", "C"]
    readonly property var sideKeys: ["track", "zoom", "dollyzoom"]   // ShotComparison::keep()'s words

    // Takes the keyboard whenever the view appears, so Space plays the comparison.
    onVisibleChanged: if (visible) forceActiveFocus()
    // Space, the arrows, Home and End are the window's transport shortcuts; while the compare view
    // has the focus they drive its own playhead instead.
    Keys.onShortcutOverride: function(event) {
        if (event.modifiers === Qt.NoModifier
                && [Qt.Key_Space, Qt.Key_Left, Qt.Key_Right, Qt.Key_Home, Qt.Key_End].indexOf(event.key) >= 0)
            event.accepted = true
    }
    Keys.onPressed: function(event) {
        if (event.modifiers !== Qt.NoModifier && event.modifiers !== Qt.ShiftModifier)
            return
        const second = Math.max(1, Math.round(compare.fps))
        const step = event.modifiers === Qt.ShiftModifier ? second : 1
        switch (event.key) {
        case Qt.Key_Space: compare.togglePlay(); break
        case Qt.Key_Left: compare.stepFrames(-step); break
        case Qt.Key_Right: compare.stepFrames(step); break
        case Qt.Key_Home: compare.frame = 0; break
        case Qt.Key_End: compare.frame = compare.frameCount - 1; break
        default: return
        }
        event.accepted = true
    }

    // A small themed button (as the curve editor's); `checked` shows the state in the accent
    // colour. It never takes the keyboard focus, so Space stays with the playhead.
    component PanelButton: Rectangle {
        id: button
        property string label
        property bool checked: false
        property string tip
        signal clicked()
        implicitWidth: caption.implicitWidth + 14
        implicitHeight: 22
        radius: 3
        opacity: enabled ? 1.0 : 0.45
        color: area.pressed ? Theme.divider : (button.checked ? Qt.rgba(0.94, 0.65, 0.19, 0.18) : Theme.panelRaised)
        border { width: 1; color: button.checked ? Theme.accent : (area.containsMouse ? Theme.textFaint : Theme.divider) }
        Text {
            textFormat: Text.PlainText
            id: caption
            anchors.centerIn: parent
            text: button.label
            color: button.checked ? Theme.accent : Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            hoverEnabled: true
            onClicked: button.clicked()
        }
        ToolTip.visible: area.containsMouse && tip.length > 0
        ToolTip.text: tip
        ToolTip.delay: 600
    }
    // A caption before a group of controls.
    component GroupLabel: Text {
        textFormat: Text.PlainText
        color: Theme.textFaint
        height: 22
        verticalAlignment: Text.AlignVCenter
        font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.0 }
    }
    // A cell of the readout and cost tables.
    component Cell: Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.preferredWidth: 10
        elide: Text.ElideRight
        color: Theme.text
        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
    }

    // The set with the comparison's actors at the playhead, shared by every side's view.
    SetScene {
        id: compareScene
        document: comparePanel.document
        actors: comparePanel.document.compare.actors
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The toolbar: what is compared, how the sides are shown, Close.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 32
            color: Theme.panel
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }

            Row {
                id: toolRow
                anchors { left: parent.left; leftMargin: 10; verticalCenter: parent.verticalCenter }
                spacing: 4
                GroupLabel { text: qsTr("COMPARE") }
                Item { width: 4; height: 1 }
                Text {
                    textFormat: Text.PlainText
                    objectName: "compareSubjectText"
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%1  %2 \u2192 %3").arg(comparePanel.compare.subject)
                            .arg(comparePanel.compare.fromText).arg(comparePanel.compare.toText)
                    color: Theme.text
                    font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true }
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, 520)
                    elide: Text.ElideRight
                    // A shot's action is held at its first instant while comparing (core's comparisonScene).
                    text: comparePanel.compare.fromShot
                          ? qsTr("from %1 · action held at its first frame").arg(comparePanel.compare.sourceLabel)
                          : qsTr("from %1").arg(comparePanel.compare.sourceLabel)
                    color: Theme.textDim
                    font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                }
                Item { width: 16; height: 1 }
                GroupLabel { text: qsTr("SHOW") }
                Repeater {
                    model: [{ mode: "side", label: qsTr("Side by side") },
                            { mode: "wipe", label: qsTr("Wipe") },
                            { mode: "ghost", label: qsTr("Ghost") },
                            { mode: "difference", label: qsTr("Difference") }]
                    PanelButton {
                        required property var modelData
                        objectName: "compareMode_" + modelData.mode
                        label: modelData.label
                        checked: comparePanel.overlayMode === modelData.mode
                        onClicked: comparePanel.overlayMode = modelData.mode
                    }
                }
                // With a dolly zoom: which side goes over A.
                GroupLabel { visible: comparePanel.overlay && comparePanel.sideCount === 3; text: qsTr(" A WITH") }
                Repeater {
                    model: comparePanel.overlay && comparePanel.sideCount === 3 ? [1, 2] : []
                    PanelButton {
                        required property int modelData
                        objectName: "compareOverlaySide_" + comparePanel.letters[modelData]
                        label: comparePanel.letters[modelData]
                        checked: comparePanel.overlayIndex === modelData
                        onClicked: comparePanel.overlayIndex = modelData
                    }
                }
            }
            PanelButton {
                objectName: "compareCloseButton"
                anchors { right: parent.right; rightMargin: 10; verticalCenter: parent.verticalCenter }
                label: qsTr("Close")
                tip: qsTr("Close the comparison; the project is unchanged")
                onClicked: comparePanel.compare.close()
            }
        }

        // The pictures, the playhead and the plots on the left; the figures, the cost and the decision on the right.
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                // The pictures: the sides side by side in equal slots, or stacked under the overlay.
                Item {
                    id: stage
                    objectName: "compareStage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 160
                    clip: true

                    readonly property int gap: 6
                    readonly property int slotWidth: comparePanel.overlay
                                                     ? width : Math.floor((width - (comparePanel.sideCount - 1) * gap) / comparePanel.sideCount)
                    function slotX(index) { return comparePanel.overlay ? 0 : index * (slotWidth + gap) }

                    // A click on the pictures gives the panel the keyboard (Space plays).
                    MouseArea {
                        anchors.fill: parent
                        onPressed: comparePanel.forceActiveFocus()
                    }

                    CompareShotView {
                        id: sideA
                        document: comparePanel.document
                        camera: comparePanel.compare.cameraA
                        setScene: compareScene
                        panel: comparePanel.compare.panels[0] || ({})
                        x: stage.slotX(0); width: stage.slotWidth; height: stage.height
                                decorated: !comparePanel.overlay
                    }
                    CompareShotView {
                        id: sideB
                        document: comparePanel.document
                        camera: comparePanel.compare.cameraB
                        setScene: compareScene
                        panel: comparePanel.compare.panels[1] || ({})
                        x: stage.slotX(1); width: stage.slotWidth; height: stage.height
                                decorated: !comparePanel.overlay
                    }
                    CompareShotView {
                        id: sideC
                        document: comparePanel.document
                        camera: comparePanel.compare.cameraC
                        setScene: compareScene
                        panel: comparePanel.compare.panels[2] || ({})
                        visible: comparePanel.sideCount === 3
                        x: stage.slotX(2); width: stage.slotWidth; height: stage.height
                                decorated: !comparePanel.overlay
                    }

                    // The overlay: A and the other side composited on one picture (compare_overlay.frag).
                    ShaderEffect {
                        id: composite
                        objectName: "compareComposite"
                        x: sideA.x + sideA.pictureRect.x
                        y: sideA.y + sideA.pictureRect.y
                        width: sideA.pictureRect.width
                        height: sideA.pictureRect.height
                        visible: comparePanel.overlay && sideA.showsPicture

                        // The offscreen View3Ds are texture providers; OpenGL's render targets are bottom-up.
                        property variant sourceA: sideA.view
                        property variant sourceB: comparePanel.overlaySide.view
                        property real flipY: GraphicsInfo.api === GraphicsInfo.OpenGL ? 1 : 0
                        property real mode: comparePanel.overlayMode === "wipe" ? 1 : comparePanel.overlayMode === "ghost" ? 2 : 3
                        property real divider: comparePanel.wipePosition
                        property real gain: 4.0
                        property color highlight: Theme.accent
                        fragmentShader: "compare_overlay.frag.qsb"

                        // The wipe's divider follows a drag (or a click) anywhere on the picture.
                        MouseArea {
                            anchors.fill: parent
                            enabled: comparePanel.overlayMode === "wipe"
                            cursorShape: enabled ? Qt.SplitHCursor : Qt.ArrowCursor
                            function follow(x) { comparePanel.wipePosition = Math.max(0, Math.min(1, x / width)) }
                            onPressed: function(mouse) { comparePanel.forceActiveFocus(); follow(mouse.x) }
                            onPositionChanged: function(mouse) { if (pressed) follow(mouse.x) }
                        }
                    }
                    FrameLines {
                        x: composite.x
                        y: composite.y
                        width: composite.width
                        height: composite.height
                        visible: composite.visible
                        frameRect: comparePanel.compare.cameraA.deliveryRect
                        label: comparePanel.compare.cameraA.deliveryLabel
                    }
                    // The wipe's divider with its handle.
                    Rectangle {
                        id: divider
                        objectName: "compareWipeDivider"
                        visible: composite.visible && comparePanel.overlayMode === "wipe"
                        x: composite.x + Math.round(comparePanel.wipePosition * composite.width) - 1
                        y: composite.y
                        width: 2
                        height: composite.height
                        color: Theme.accent
                        Rectangle {
                            anchors.centerIn: parent
                            width: 14
                            height: 36
                            radius: 4
                            color: Theme.panelRaised
                            border { width: 1; color: Theme.accent }
                            Text { textFormat: Text.PlainText; anchors.centerIn: parent; text: "\u2194"; color: Theme.accent; font.pixelSize: Theme.fontSmall }
                        }
                    }
                    // What the overlay shows: the two sides' titles (left and right of the wipe).
                    Rectangle {
                        id: overlayCaptionA
                        visible: composite.visible
                        x: composite.x + 6
                        y: composite.y + 6
                        width: captionA.implicitWidth + 16
                        height: captionA.implicitHeight + 10
                        radius: 3
                        color: Qt.rgba(0.055, 0.06, 0.067, 0.78)
                        Text {
                            textFormat: Text.PlainText
                            id: captionA
                            objectName: "compareOverlayCaption"
                            x: 8; y: 5
                            color: Theme.accent
                            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true }
                            text: {
                                const a = sideA.panel.title || "A"
                                const b = comparePanel.overlaySide.panel.title || "B"
                                if (comparePanel.overlayMode === "wipe")
                                    return a
                                if (comparePanel.overlayMode === "ghost")
                                    return qsTr("%1   with   %2 at 50 %").arg(a).arg(b)
                                return qsTr("Difference  |%1 \u2212 %2|").arg(a.split(" ")[0]).arg(b.split(" ")[0])
                            }
                        }
                    }
                    Rectangle {
                        visible: composite.visible && comparePanel.overlayMode === "wipe"
                        x: composite.x + composite.width - width - 6
                        y: composite.y + 6
                        width: captionB.implicitWidth + 16
                        height: captionB.implicitHeight + 10
                        radius: 3
                        color: Qt.rgba(0.055, 0.06, 0.067, 0.78)
                        Text {
                            textFormat: Text.PlainText
                            id: captionB
                            x: 8; y: 5
                            color: Theme.accent
                            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true }
                            text: comparePanel.overlaySide.panel.title || "B"
                        }
                    }

                    // Core's words on what went wrong: over everything when no side can be shown (a
                    // change of the project left the comparison unbuildable), else a strip at the bottom
                    // (a readout, a cost or a Keep refused).
                    Rectangle {
                        readonly property bool blocking: comparePanel.compare.panelCount === 0
                        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                        height: blocking ? parent.height : errorText.implicitHeight + 16
                        visible: comparePanel.compare.errorText.length > 0
                        color: Qt.rgba(0.055, 0.06, 0.067, 0.9)
                        Text {
                            textFormat: Text.PlainText
                            id: errorText
                            objectName: "compareErrorText"
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 64, 900)
                            text: comparePanel.compare.errorText
                            color: Theme.error
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            font { family: Theme.fontFamily; pixelSize: Theme.fontLarge }
                        }
                    }
                }

                // The shared playhead: play/pause, steps, the scrub slider, the time.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 34
                    color: Theme.panel
                    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }

                    RowLayout {
                        anchors { fill: parent; leftMargin: 10; rightMargin: 10 }
                        spacing: 4
                        PanelButton {
                            label: "|\u25c2"
                            tip: qsTr("First frame (Home)")
                            onClicked: comparePanel.compare.frame = 0
                        }
                        PanelButton {
                            label: "\u25c2"
                            tip: qsTr("Previous frame (Left)")
                            onClicked: comparePanel.compare.stepFrames(-1)
                        }
                        PanelButton {
                            objectName: "comparePlayButton"
                            implicitWidth: 44
                            label: comparePanel.compare.playing ? "\u2016" : "\u25b6"
                            checked: comparePanel.compare.playing
                            tip: comparePanel.compare.playing ? qsTr("Pause (Space)") : qsTr("Play (Space)")
                            onClicked: { comparePanel.forceActiveFocus(); comparePanel.compare.togglePlay() }
                        }
                        PanelButton {
                            label: "\u25b8"
                            tip: qsTr("Next frame (Right)")
                            onClicked: comparePanel.compare.stepFrames(1)
                        }
                        PanelButton {
                            label: "\u25b8|"
                            tip: qsTr("Last frame (End)")
                            onClicked: comparePanel.compare.frame = comparePanel.compare.frameCount - 1
                        }
                        Slider {
                            id: scrub
                            objectName: "compareScrubSlider"
                            Layout.fillWidth: true
                            focusPolicy: Qt.NoFocus
                            from: 0
                            to: Math.max(1, comparePanel.compare.frameCount - 1)
                            stepSize: 1
                            snapMode: Slider.SnapAlways
                            value: comparePanel.compare.frame
                            onMoved: comparePanel.compare.frame = Math.round(value)
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "compareTimecode"
                            text: comparePanel.compare.timecode
                            color: Theme.text
                            font { family: Theme.monoFamily; pixelSize: Theme.fontNormal }
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.preferredWidth: 90
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("%1 / %2").arg(comparePanel.compare.frame + 1).arg(comparePanel.compare.frameCount)
                            color: Theme.textDim
                            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
                        }
                    }
                }

                // The readouts over time, one lane per quantity, one line per side; a click or drag scrubs.
                ComparisonPlotView {
                    id: plots
                    objectName: "comparisonPlots"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(300, Math.round(comparePanel.height * 0.36))
                    comparison: comparePanel.compare
                }
            }
            Rectangle { Layout.fillHeight: true; Layout.preferredWidth: 1; color: Theme.divider }

            Rectangle {
                Layout.preferredWidth: 440
                Layout.fillHeight: true
                color: Theme.panel

                // The figures at the playhead, the cost table, Keep and Export.
                Flickable {
                    id: facts
                    anchors.fill: parent
                    clip: true
                    contentHeight: factsColumn.implicitHeight + 16
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}

                    ColumnLayout {
                        id: factsColumn
                        x: 12
                        y: 8
                        width: facts.width - 24
                        spacing: 4

                        // Column headers: the sides' letters and moves.
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            GroupLabel { Layout.preferredWidth: 130; text: qsTr("AT THE PLAYHEAD") }
                            Repeater {
                                model: comparePanel.compare.panels
                                Cell {
                                    required property var modelData
                                    text: modelData.title
                                    color: Theme.accent
                                    font.family: Theme.fontFamily
                                }
                            }
                        }
                        Repeater {
                            model: [{ key: "distance", label: qsTr("Distance to subject") },
                                    { key: "focalLength", label: qsTr("Focal length") },
                                    { key: "aov", label: qsTr("Horizontal AOV") },
                                    { key: "subject", label: qsTr("Subject in frame") },
                                    { key: "background", label: qsTr("Background in frame") }]
                            RowLayout {
                                id: readoutRow
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 6
                                Text {
                                    textFormat: Text.PlainText
                                    Layout.preferredWidth: 130
                                    text: readoutRow.modelData.label
                                    color: Theme.textDim
                                    font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                                }
                                Repeater {
                                    model: (comparePanel.compare.readout.sides || [])
                                    Cell {
                                        required property var modelData
                                        text: modelData[readoutRow.modelData.key] || ""
                                    }
                                }
                            }
                        }
                        // The background magnification, measured against the optics' prediction.
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            Text {
                                textFormat: Text.PlainText
                                Layout.preferredWidth: 130
                                text: qsTr("Background A / B")
                                color: Theme.textDim
                                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                            }
                            Text {
                                textFormat: Text.PlainText
                                objectName: "compareMagnification"
                                Layout.fillWidth: true
                                text: qsTr("%1   (optics predict %2)").arg(comparePanel.compare.readout.magnification || "\u2014")
                                                                     .arg(comparePanel.compare.readout.predicted || "\u2014")
                                color: Theme.accent
                                font { family: Theme.monoFamily; pixelSize: Theme.fontSmall; bold: true }
                            }
                        }
                        // Which background the magnification is read on.
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            Text {
                                textFormat: Text.PlainText
                                Layout.preferredWidth: 130
                                text: qsTr("Background")
                                color: Theme.textDim
                                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                            }
                            ComboBox {
                                id: backgroundCombo
                                delegate: PlainComboDelegate { combo: backgroundCombo }   // choices as plain text
                                objectName: "compareBackgroundCombo"
                                Layout.fillWidth: true
                                implicitHeight: 26
                                focusPolicy: Qt.NoFocus
                                model: comparePanel.compare.backgrounds
                                textRole: "label"
                                valueRole: "key"
                                currentIndex: indexOfValue(comparePanel.compare.background)
                                onActivated: comparePanel.compare.background = currentValue
                                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                            }
                            TextField {
                                objectName: "compareBehindField"
                                visible: comparePanel.compare.background === ""
                                Layout.preferredWidth: 56
                                implicitHeight: 26
                                text: comparePanel.compare.backgroundBehindText
                                selectByMouse: true
                                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                                onEditingFinished: comparePanel.compare.backgroundBehindText = text
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("The plane's distance behind the subject")
                                ToolTip.delay: 600
                            }
                        }

                        Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; Layout.bottomMargin: 2; height: 1; color: Theme.divider }

                        // The cost table: a row per item, a column per side, red where the side fails it.
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            GroupLabel { Layout.preferredWidth: 130; text: qsTr("COST") }
                            Repeater {
                                model: comparePanel.compare.panels
                                Cell {
                                    required property var modelData
                                    text: modelData.title
                                    color: Theme.accent
                                    font.family: Theme.fontFamily
                                }
                            }
                        }
                        Repeater {
                            objectName: "compareCostRows"
                            model: comparePanel.compare.costRows
                            RowLayout {
                                id: costRow
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                spacing: 6
                                Text {
                                    textFormat: Text.PlainText
                                    Layout.preferredWidth: 130
                                    text: costRow.modelData.label
                                    color: Theme.textDim
                                    elide: Text.ElideRight
                                    font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                                }
                                Repeater {
                                    model: costRow.modelData.values
                                    Cell {
                                        required property var modelData
                                        required property int index
                                        objectName: "compareCost_" + costRow.index + "_" + index
                                        readonly property bool ok: costRow.modelData.ok[index] !== false
                                        text: modelData
                                        color: ok ? Theme.text : Theme.error
                                        // Long verdicts ("needs a zoom from 32 to 7.5 mm; …") wrap rather than vanish.
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 3
                                        ToolTip.visible: costHover.containsMouse && truncated
                                        ToolTip.text: modelData
                                        MouseArea { id: costHover; anchors.fill: parent; hoverEnabled: true }
                                    }
                                }
                            }
                        }

                        Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; Layout.bottomMargin: 2; height: 1; color: Theme.divider }

                        // The decision: keep a side (or A and B as alternatives) as the shot; one undo step.
                        Flow {
                            Layout.fillWidth: true
                            spacing: 4
                            GroupLabel { text: qsTr("KEEP ") }
                            Repeater {
                                model: comparePanel.sideCount
                                PanelButton {
                                    required property int index
                                    objectName: "compareKeep" + comparePanel.letters[index]
                                    label: qsTr("Keep %1").arg(comparePanel.letters[index])
                                    tip: qsTr("Keep %1 as the shot (Ctrl+Z undoes it)").arg((comparePanel.compare.panels[index] || {}).title || "")
                                    onClicked: comparePanel.compare.keep([comparePanel.sideKeys[index]])
                                }
                            }
                            PanelButton {
                                objectName: "compareKeepBoth"
                                label: qsTr("Keep both")
                                tip: qsTr("Keep A and B as alternatives of one setup (Ctrl+Z undoes it)")
                                onClicked: comparePanel.compare.keep(["track", "zoom"])
                            }
                            Item { width: 10; height: 1 }
                            PanelButton {
                                objectName: "compareExportButton"
                                label: qsTr("Export sheet\u2026")
                                enabled: !sheet.busy
                                tip: qsTr("Start, middle and end frames, the plots and the cost, as PNG or PDF")
                                onClicked: sheetDialog.open()
                            }
                        }
                        // The sheet's progress while it is written, and why it failed.
                        RowLayout {
                            Layout.fillWidth: true
                            visible: sheet.busy
                            spacing: 6
                            ProgressBar {
                                objectName: "compareSheetProgress"
                                Layout.fillWidth: true
                                from: 0
                                to: 1
                                value: sheet.progress
                            }
                            PanelButton {
                                label: qsTr("Cancel")
                                onClicked: sheet.cancel()
                            }
                        }
                        Text {
                            textFormat: Text.PlainText
                            id: sheetStatus
                            objectName: "compareSheetStatus"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            wrapMode: Text.Wrap
                            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                            color: Theme.textDim
                        }
                    }
                }
            }
        }
    }

    // The comparison sheet, grabbed from the sides' own pictures.
    ComparisonSheet {
        id: sheet
        objectName: "comparisonSheet"
        comparison: comparePanel.compare
        projectTitle: comparePanel.document.title
        views: comparePanel.sideCount === 3 ? [sideA.view, sideB.view, sideC.view] : [sideA.view, sideB.view]
        onFinished: function(ok, path) {
            sheetStatus.color = ok ? Theme.textDim : Theme.error
            sheetStatus.text = ok ? qsTr("Sheet written to %1").arg(path)
                                  : (errorText.length > 0 ? errorText : qsTr("Sheet not written"))
        }
    }

    FileDialog {
        id: sheetDialog
        objectName: "compareSheetDialog"
        title: qsTr("Export Comparison Sheet")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG image (*.png)"), qsTr("PDF page (*.pdf)")]
        onAccepted: {
            sheetStatus.text = ""
            if (!sheet.exportSheet(selectedFile)) {
                sheetStatus.color = Theme.error
                sheetStatus.text = sheet.errorText
            }
        }
    }
}
