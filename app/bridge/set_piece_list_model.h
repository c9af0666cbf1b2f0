#pragma once
// The set pieces of the open project as a list model for the viewport's Repeater3D: boxes,
// cylinders, walls with their door and window openings, stairs, and imported models resolved
// against the project file's folder. A model file that is missing, or that core's reader refuses
// (core/scene/model_file.h: malformed, or referring to files outside the project's folder), is
// flagged so the viewport shows a placeholder instead of handing it to the renderer, and warned
// about once. Each file is read once per change of its size or modification time, not per edit.

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <QAbstractListModel>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "core/scene/project.h"

namespace murnau {

// One solid box of a piece, in the piece's local frame (metres, before yaw, origin at the
// centre of the piece's base): how the viewport draws boxes, walls (the wall around its
// openings) and stairs (one block per step, from the floor up to the step's tread).
struct SolidBlock {
    glm::dvec3 centerM{0.0};   // centre of the block, metres
    glm::dvec3 sizeM{0.0};     // extents along local x, y, z, metres
    friend bool operator==(const SolidBlock&, const SolidBlock&) = default;
};

// The blocks a box, wall or stairs piece is drawn with (none for a cylinder or a model). A wall
// is cut into columns at every opening's left and right edge; each column is solid from the
// floor to the top of the wall except where an opening spans it, so a door leaves a lintel
// above it and a window a sill wall below and a lintel above. Stairs climbing towards local -z:
// step i (0 = the lowest, at +z) is a block of the full width, tread depth run / n, from the
// floor to its tread at (i + 1) rise / n. Openings are assumed valid (project_checks.h).
std::vector<SolidBlock> solidBlocksOf(const SetPiece& piece);

class SetPieceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SetPieceListModel is owned by ProjectDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // The roles QML reads (names in roleNames()). Units as in core/scene/project.h.
    enum Role {
        NameRole = Qt::UserRole + 1,   // "name": QString, what the set calls the piece
        ShapeRole,                     // "shape": QString, "box", "cylinder", "wall", "stairs" or "model"
        PositionRole,                  // "positionM": QVector3D, centre of the piece's base, metres
        SizeRole,                      // "sizeM": QVector3D, extents along local x, y, z before yaw, metres (per shape, project.h)
        YawRole,                       // "yawDeg": double, rotation about +Y, degrees (counter-clockwise from above)
        ColorRole,                     // "color": QColor, sRGB
        BlocksRole,                    // "blocks": QVariantList of {"centerM", "sizeM": QVector3D}, solidBlocksOf(), local frame, metres
        OpeningsRole,                  // "openings": QVariantList of {"kind": "door"|"window", "centerM", "widthM", "heightM", "sillM": double}; walls only
        StepCountRole,                 // "stepCount": int, number of steps of stairs, 0 for other shapes
        ModelPathRole,                 // "modelPath": QString, a model's file as the project writes it ("models/forklift.glb"), else empty
        ModelUrlRole,                  // "modelUrl": QUrl, file: URL of the model resolved against the project's folder, else empty
        ModelScaleRole,                // "modelScale": double, uniform scale from the model's units to metres (1 for other shapes)
        ModelMissingRole,              // "modelMissing": bool, a model whose file cannot be used: missing (core
                                       // findMissingAssets) or refused by core's reader (readModelFile)
        ModelProblemRole,              // "modelProblem": QString, why the file cannot be used ("not found", the reader's error), else empty
        HasCollisionBoxRole,           // "hasCollisionBox": bool, false only for a model whose sizeM is all zero (no collision box)
    };
    Q_ENUM(Role)

    explicit SetPieceListModel(QObject* parent = nullptr);

    // Replaces every piece (a model reset); model files resolve against the folder of
    // `projectFilePath`, the project file they belong to (empty: an unsaved project, whose model
    // paths resolve against the current directory).
    void setPieces(std::vector<SetPiece> pieces, const QString& projectFilePath);
    // The same pieces, now belonging to another project file (Save As): re-resolves every model.
    void setProjectFile(const QString& projectFilePath);
    QString projectFile() const { return m_projectFile; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    // Resolves every model piece's file and warns (once per piece and path) about those missing
    // or refused.
    void resolveModels();
    // Why core's reader refuses the model file at `file` (empty: it is fine), read again only
    // when the file's size or modification time changed since the last read.
    std::string modelProblem(const std::filesystem::path& file, const std::filesystem::path& projectFolder);

    // A model file as last read: when it was read and what the reader said.
    struct ModelCheck {
        std::filesystem::file_time_type modified;
        std::uintmax_t bytes = 0;
        std::string problem;   // empty: accepted
    };

    std::vector<SetPiece> m_pieces;
    QString m_projectFile;
    std::vector<QUrl> m_modelUrls;                 // per piece: the resolved file, empty for other shapes
    std::vector<bool> m_modelMissing;              // per piece
    std::vector<QString> m_modelProblems;          // per piece: why its file cannot be used, else empty
    std::set<std::string> m_warnedMissing;         // "name\npath\nproblem" of unusable models already warned about
    std::map<std::filesystem::path, ModelCheck> m_modelChecks;   // by resolved file, for this project's folder
};

} // namespace murnau
