#pragma once
// The inspector behind the side panel: the selected item's fields (document.selection) as text
// in the project's display units, and typed text applied back through core's edit builders.
// Nothing selected: the shot shown (document.player). Every apply is one undo step through
// document->perform(); a refused value changes nothing and leaves core's message (naming the
// field) in document.errorText. Lengths are read with parseLength in the display units
// ("1.68 m", "5 ft 6 in"; a bare number in the display units), angles in degrees, times in
// seconds, focal lengths in millimetres.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/project_document.h"

namespace murnau {

class ItemInspector : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    // What is shown: the selection's kind ("actor", "setPiece", "camera", "mark", "viaPoint",
    // "railPoint"), "shot" when nothing is selected and a shot is shown, else "".
    Q_PROPERTY(QString kind READ kind NOTIFY fieldsChanged)
    // The shown item's fields as the inspector writes them ("1.68 m", "90°", "32 mm", "f/2.8",
    // "2.00 s"), with the choices of its combo boxes; keys per kind in item_inspector.cpp.
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY fieldsChanged)

public:
    explicit ItemInspector(QObject* parent = nullptr);

    // Applies `text` (as typed) to `field` of the shown item: one undo step. False, with
    // document.errorText naming the field, when the text cannot be read or core refuses it.
    // A rename keeps the item selected under its new name.
    Q_INVOKABLE bool apply(const QString& field, const QString& text);
    // A wall's door or window `index` of the selected wall: field "kind" ("door"/"window"),
    // "center", "width", "height", "sill" (lengths).
    Q_INVOKABLE bool applyOpening(int index, const QString& field, const QString& text);
    // Adds a door ("door", 0.9 m x 2.1 m) or a window ("window", 1.2 m x 1.2 m on a 1 m sill) at
    // the middle of the selected wall (core refuses it where it overlaps another: edit the centre).
    Q_INVOKABLE bool addOpening(const QString& kind);
    Q_INVOKABLE bool removeOpening(int index);

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QString kind() const { return m_kind; }
    QVariantMap fields() const { return m_fields; }

signals:
    void documentChanged();
    void fieldsChanged();

private:
    void refresh();
    bool applyActor(const QString& field, const QString& text);
    bool applySetPiece(const QString& field, const QString& text);
    bool applyCamera(const QString& field, const QString& text);
    bool applyMark(const QString& field, const QString& text);
    bool applyViaPoint(const QString& field, const QString& text);
    bool applyRailPoint(const QString& field, const QString& text);
    bool applyShot(const QString& field, const QString& text);
    bool refuse(const std::string& field, const QString& what);

    QPointer<ProjectDocument> m_document;
    QString m_kind;
    QVariantMap m_fields;
};

} // namespace murnau
