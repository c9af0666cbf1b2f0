#pragma once
// The library panel and the Edit menu's Delete and Duplicate: new set pieces, actors and
// cameras with unique names, placed on the floor in front of the shot camera
// (core/scene/item_placement.h) and selected; and removing or duplicating the selected item.
// Each is one undo step through document->perform(); a refused one (deleting the last camera, a
// model outside the project's folder) changes nothing and leaves core's message in
// document.errorText.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/project_document.h"

namespace murnau {

class LibraryActions : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    // Sensor presets for a new camera: [{value (id), label}] (core/optics/sensor.h), in core's order.
    Q_PROPERTY(QVariantList sensorChoices READ sensorChoices CONSTANT)
    // Lens kits for a new camera: [{value (name), label}], the first "Any focal length" (name ""), then the
    // kits the project's cameras carry.
    Q_PROPERTY(QVariantList kitChoices READ kitChoices NOTIFY listsChanged)
    // The project's cameras for the side panel's list: [{name, label ("32 mm  2.39:1": focal length and delivery)}].
    Q_PROPERTY(QVariantList cameras READ cameras NOTIFY listsChanged)
    // Statures offered for a new actor, as text in the display units ("1.75 m", "5 ft 9 in").
    Q_PROPERTY(QStringList heightChoices READ heightChoices NOTIFY listsChanged)
    // The selection can be deleted / duplicated (a mark, walk point or rail point cannot be duplicated).
    Q_PROPERTY(bool canDelete READ canDelete NOTIFY selectionChanged)
    Q_PROPERTY(bool canDuplicate READ canDuplicate NOTIFY selectionChanged)

public:
    explicit LibraryActions(QObject* parent = nullptr);

    // A set piece of `shape` ("box", "cylinder", "wall", "stairs"), default size, named after
    // its shape ("Box", "Box 2"...).
    Q_INVOKABLE bool addSetPiece(const QString& shape);
    // A model set piece from a .gltf/.glb/.obj file (a file: URL or path), stored relative to the
    // project's folder; refused for a project not saved yet, or a file outside its folder.
    Q_INVOKABLE bool addModel(const QUrl& file);
    // A stand-in actor of the typed stature (parseLength in the display units).
    Q_INVOKABLE bool addActor(const QString& heightText);
    // A camera with the sensor preset `sensorId` and the lens kit named `kitName` ("" = any focal
    // length), standing where the shot camera stands, looking the same way.
    Q_INVOKABLE bool addCamera(const QString& sensorId, const QString& kitName);
    // The row of the item `name` of `kind` ("setPiece", "actor", "camera") in its list, -1 if none
    // (for scrolling a list to the selection).
    Q_INVOKABLE int rowOf(const QString& kind, const QString& name) const;
    // Delete / Duplicate the selection.
    Q_INVOKABLE bool deleteSelection();
    Q_INVOKABLE bool duplicateSelection();

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QVariantList sensorChoices() const;
    QVariantList kitChoices() const;
    QStringList heightChoices() const;
    QVariantList cameras() const;
    bool canDelete() const;
    bool canDuplicate() const;

signals:
    void documentChanged();
    void listsChanged();
    void selectionChanged();

private:
    // Where a new item stands: in front of the shot camera, on the floor.
    glm::dvec3 placement() const;

    QPointer<ProjectDocument> m_document;
};

} // namespace murnau
