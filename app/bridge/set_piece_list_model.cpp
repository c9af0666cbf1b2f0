#include "app/bridge/set_piece_list_model.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <QFileInfo>
#include <QVariantMap>

#include <spdlog/spdlog.h>

#include "app/bridge/glm_qt.h"
#include "core/scene/asset_paths.h"
#include "core/scene/model_file.h"
#include "core/scene/scene_solids.h"
#include "core/util/json_reader.h"

namespace murnau {

namespace {


QString shapeKey(SetPieceShape shape)
{
    switch (shape) {
    case SetPieceShape::Box:
        return QStringLiteral("box");
    case SetPieceShape::Cylinder:
        return QStringLiteral("cylinder");
    case SetPieceShape::Wall:
        return QStringLiteral("wall");
    case SetPieceShape::Stairs:
        return QStringLiteral("stairs");
    case SetPieceShape::Model:
        return QStringLiteral("model");
    }
    return QStringLiteral("box");
}

QVariantList blocksJson(const std::vector<SolidBlock>& blocks)
{
    QVariantList list;
    list.reserve(static_cast<qsizetype>(blocks.size()));
    for (const SolidBlock& block : blocks)
        list.append(QVariantMap{{QStringLiteral("centerM"), toQt(block.centerM)},
                                {QStringLiteral("sizeM"), toQt(block.sizeM)}});
    return list;
}

QVariantList openingsList(const std::vector<WallOpening>& openings)
{
    QVariantList list;
    list.reserve(static_cast<qsizetype>(openings.size()));
    for (const WallOpening& opening : openings)
        list.append(QVariantMap{
            {QStringLiteral("kind"), opening.kind == OpeningKind::Door ? QStringLiteral("door") : QStringLiteral("window")},
            {QStringLiteral("centerM"), opening.centerM},
            {QStringLiteral("widthM"), opening.widthM},
            {QStringLiteral("heightM"), opening.heightM},
            {QStringLiteral("sillM"), opening.sillM},
        });
    return list;
}

} // namespace

std::vector<SolidBlock> solidBlocksOf(const SetPiece& piece)
{
    switch (piece.shape) {
    case SetPieceShape::Box:
    case SetPieceShape::Wall:
    case SetPieceShape::Stairs: {
        std::vector<SolidBlock> blocks;
        for (const LocalBox& box : setPieceSolid(piece).boxes)
            blocks.push_back(SolidBlock{box.centerM, box.sizeM});
        return blocks;
    }
    case SetPieceShape::Cylinder:
    case SetPieceShape::Model:
        break;
    }
    return {};
}

SetPieceListModel::SetPieceListModel(QObject* parent) : QAbstractListModel(parent) {}

void SetPieceListModel::setPieces(std::vector<SetPiece> pieces, const QString& projectFilePath)
{
    const bool countDiffers = pieces.size() != m_pieces.size();
    beginResetModel();
    m_pieces = std::move(pieces);
    if (projectFilePath != m_projectFile) {
        m_projectFile = projectFilePath;
        m_warnedMissing.clear();   // another project (or folder): its missing files are news
        m_modelChecks.clear();
    }
    resolveModels();
    endResetModel();
    if (countDiffers)
        emit countChanged();
}

void SetPieceListModel::setProjectFile(const QString& projectFilePath)
{
    if (projectFilePath == m_projectFile)
        return;
    m_projectFile = projectFilePath;
    m_warnedMissing.clear();   // another project (or folder): its missing files are news
    m_modelChecks.clear();
    resolveModels();
    if (!m_pieces.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {ModelUrlRole, ModelMissingRole, ModelProblemRole});
}

void SetPieceListModel::resolveModels()
{
    const std::filesystem::path projectFile(m_projectFile.toStdString());
    m_modelUrls.assign(m_pieces.size(), QUrl());
    m_modelMissing.assign(m_pieces.size(), false);
    m_modelProblems.assign(m_pieces.size(), QString());
    for (std::size_t i = 0; i < m_pieces.size(); ++i) {
        const SetPiece& piece = m_pieces[i];
        if (piece.shape != SetPieceShape::Model)
            continue;
        const QString resolved = QString::fromStdString(resolveAssetPath(projectFile, piece.modelPath).string());
        m_modelUrls[i] = QUrl::fromLocalFile(QFileInfo(resolved).absoluteFilePath());
    }

    // Which files cannot be used is core's rule (asset_paths.h), asked with these pieces as the set.
    Project probe;
    probe.set.pieces = m_pieces;
    for (const MissingAsset& asset : findMissingAssets(probe, projectFile)) {
        for (std::size_t i = 0; i < m_pieces.size(); ++i) {
            if (json::element("set.pieces", i) != asset.field)
                continue;
            m_modelMissing[i] = true;
            m_modelProblems[i] = asset.problem == AssetProblem::Missing          ? QStringLiteral("not found")
                                 : asset.problem == AssetProblem::NotAFile       ? QStringLiteral("not a file")
                                 : asset.problem == AssetProblem::OutsideProject ? QStringLiteral("outside the project's folder")
                                                                                 : QStringLiteral("cannot be read");
            // Edits refresh the model often: say it once per piece and file, not at every refresh.
            if (m_warnedMissing.insert(asset.pieceName + '\n' + asset.modelPath).second)
                spdlog::warn("{}", missingAssetWarning(asset));
        }
    }

    // The files there are go through core's reader before the renderer sees them.
    const std::filesystem::path projectFolder = projectFile.has_parent_path() ? projectFile.parent_path()
                                                                               : std::filesystem::path(".");
    for (std::size_t i = 0; i < m_pieces.size(); ++i) {
        const SetPiece& piece = m_pieces[i];
        if (piece.shape != SetPieceShape::Model || m_modelMissing[i])
            continue;
        const std::string problem = modelProblem(resolveAssetPath(projectFile, piece.modelPath), projectFolder);
        if (problem.empty())
            continue;
        m_modelMissing[i] = true;
        m_modelProblems[i] = QString::fromStdString(problem);
        if (m_warnedMissing.insert(piece.name + '\n' + piece.modelPath + '\n' + problem).second)
            spdlog::warn("{} '{}': model file '{}' refused: {}; a placeholder box is shown", json::element("set.pieces", i),
                         json::truncated(piece.name, 60), json::truncated(piece.modelPath, 200), problem);
    }
}

std::string SetPieceListModel::modelProblem(const std::filesystem::path& file, const std::filesystem::path& projectFolder)
{
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(file, error);
    const std::uintmax_t bytes = error ? 0 : std::filesystem::file_size(file, error);
    if (error)
        return "cannot be read: " + error.message();
    const auto cached = m_modelChecks.find(file);
    if (cached != m_modelChecks.end() && cached->second.modified == modified && cached->second.bytes == bytes)
        return cached->second.problem;
    const Result<ModelFacts> facts = readModelFile(file, projectFolder);
    ModelCheck& check = m_modelChecks[file];
    check.modified = modified;
    check.bytes = bytes;
    check.problem = facts ? std::string() : facts.error().describe();
    return check.problem;
}

int SetPieceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pieces.size());
}

QVariant SetPieceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const SetPiece& piece = m_pieces[row];
    const bool isModel = piece.shape == SetPieceShape::Model;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(piece.name);
    case ShapeRole:
        return shapeKey(piece.shape);
    case PositionRole:
        return toQt(piece.positionM);
    case SizeRole:
        return toQt(piece.sizeM);
    case YawRole:
        return piece.yawDeg;
    case ColorRole:
        return toQt(piece.color);
    case BlocksRole:
        return blocksJson(solidBlocksOf(piece));
    case OpeningsRole:
        return piece.shape == SetPieceShape::Wall ? openingsList(piece.openings) : QVariantList();
    case StepCountRole:
        return piece.shape == SetPieceShape::Stairs ? piece.stepCount : 0;
    case ModelPathRole:
        return isModel ? QString::fromStdString(piece.modelPath) : QString();
    case ModelUrlRole:
        return m_modelUrls[row];
    case ModelScaleRole:
        return isModel ? piece.modelScale : 1.0;
    case ModelMissingRole:
        return bool(m_modelMissing[row]);
    case ModelProblemRole:
        return m_modelProblems[row];
    case HasCollisionBoxRole:
        return !isModel || piece.sizeM != glm::dvec3(0.0);
    default:
        return {};
    }
}

QHash<int, QByteArray> SetPieceListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {ShapeRole, "shape"},
        {PositionRole, "positionM"},
        {SizeRole, "sizeM"},
        {YawRole, "yawDeg"},
        {ColorRole, "color"},
        {BlocksRole, "blocks"},
        {OpeningsRole, "openings"},
        {StepCountRole, "stepCount"},
        {ModelPathRole, "modelPath"},
        {ModelUrlRole, "modelUrl"},
        {ModelScaleRole, "modelScale"},
        {ModelMissingRole, "modelMissing"},
        {ModelProblemRole, "modelProblem"},
        {HasCollisionBoxRole, "hasCollisionBox"},
    };
}

} // namespace murnau
