pragma Singleton
import QtQuick

// What the View menu switches on and off in the views (not saved with the project).
QtObject {
    // Guides over the shot camera's picture, inside the delivery frame lines (Guides.qml).
    property bool showThirds: false       // rule-of-thirds lines
    property bool showCentre: false       // centre cross
    property bool showActionSafe: false   // action-safe area, 93 % (SMPTE RP 2046-1)
    property bool showTitleSafe: false    // title-safe area, 90 % (SMPTE RP 2046-1)
    // Depth-of-field preview in the shot camera's picture, from core's near and far limits.
    property bool depthOfField: false
    // Shadows of the key light in the shot camera's picture (the free view never draws them).
    property bool shadows: true
}
