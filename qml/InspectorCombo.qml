import QtQuick
import QtQuick.Controls

// A choice of the inspector: `model` is a list of {value, label} (or plain strings), `current`
// the document's value. Choosing sends the value to `choose`; the box then follows the
// document again (so a refused choice snaps back).
ComboBox {
    id: box
    delegate: PlainComboDelegate { combo: box }   // choices as plain text

    property string current
    signal choose(string value)

    // The index of `current` in the model, -1 when it is not among the choices.
    function indexOfCurrent() {
        for (let i = 0; i < count; ++i) {
            const entry = model[i]
            if ((typeof entry === "object" ? entry.value : entry) === current)
                return i
        }
        return -1
    }

    anchors.fill: parent
    font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    textRole: model.length > 0 && typeof model[0] === "object" ? "label" : ""
    displayText: currentIndex >= 0 ? currentText : current
    currentIndex: indexOfCurrent()
    onActivated: function(index) {
        const entry = model[index]
        choose(typeof entry === "object" ? entry.value : entry)
        currentIndex = Qt.binding(function() { return box.indexOfCurrent() })
    }
}
