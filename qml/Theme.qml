pragma Singleton
import QtQuick

// The look of Murnau: near-black panels, grey text, one amber accent (film tools are dark,
// so the picture is the brightest thing on screen). Sizes in logical pixels.
QtObject {
    // Surfaces, darkest first.
    readonly property color window: "#0e0f11"          // behind everything, the letterbox bars
    readonly property color panel: "#16171a"           // side panel, header, HUD
    readonly property color panelRaised: "#1d1f23"     // rows, cards
    readonly property color divider: "#2a2c31"         // 1 px separators
    // Text.
    readonly property color text: "#d4d6da"            // primary
    readonly property color textDim: "#868a92"         // labels, captions
    readonly property color textFaint: "#5a5e66"       // units, hints
    // The one accent, and an error red.
    readonly property color accent: "#f0a530"
    readonly property color error: "#e5534b"
    // The viewport.
    readonly property color viewportClear: "#1a1b1e"   // what the camera sees past the set
    readonly property color frameLine: "#e9e9e9"       // delivery frame line
    readonly property real outsideFrameOpacity: 0.55   // dimming of the picture outside the frame lines
    readonly property color gridMinor: "#8a8d92"       // 1 m floor grid lines (blended onto the floor colour)
    readonly property color gridMajor: "#c4c7cc"       // 5 m floor grid lines

    // Type.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontSmall: 11
    readonly property int fontNormal: 13
    readonly property int fontLarge: 16

    // Layout.
    readonly property int spacing: 8
    readonly property int headerHeight: 40
    readonly property int hudHeight: 64
    readonly property int sidePanelWidth: 300

    // Qt Quick 3D's defaults (clip planes 10..10000, shadow bias, light ranges) are tuned
    // for centimetres; the data is in metres. The scene therefore sits in a root node
    // scaled by this factor, and the camera (kept outside it so its clip planes stay in
    // the same units) is placed at positionM times this factor.
    readonly property real sceneUnitsPerMetre: 100
}
