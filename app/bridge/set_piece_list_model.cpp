#include "app/bridge/set_piece_list_model.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <QFileInfo>
#include <QVariantMap>

#include <spdlog/spdlog.h>

#include "app/bridge/glm_qt.h"
#include "core/scene/asset_paths.h"
#include "core/util/json_reader.h"

namespace murnau {

namespace {

constexpr double kEpsilonM = 1e-9;   // lengths closer than this (a nanometre) are the same edge

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

// A block spanning [x0, x1] x [y0, y1] along local x and y, through the whole depth.
SolidBlock blockBetween(double x0, double x1, double y0, double y1, double depthM)
{
    return SolidBlock{glm::dvec3((x0 + x1) / 2.0, (y0 + y1) / 2.0, 0.0), glm::dvec3(x1 - x0, y1 - y0, depthM)};
}

std::vector<SolidBlock> wallBlocks(const SetPiece& wall)
{
    const double halfLengthM = wall.sizeM.x / 2.0;
    const double heightM = wall.sizeM.y;
    const double thicknessM = wall.sizeM.z;

    // Column edges: the wall's ends and every opening's sides, in order along the wall.
    std::vector<double> edges{-halfLengthM, halfLengthM};
    for (const WallOpening& opening : wall.openings) {
        edges.push_back(std::clamp(opening.centerM - opening.widthM / 2.0, -halfLengthM, halfLengthM));
        edges.push_back(std::clamp(opening.centerM + opening.widthM / 2.0, -halfLengthM, halfLengthM));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end(), [](double a, double b) { return b - a <= kEpsilonM; }),
                edges.end());

    std::vector<SolidBlock> blocks;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const double x0 = edges[i];
        const double x1 = edges[i + 1];
        const double middle = (x0 + x1) / 2.0;
        // The openings this column passes through, bottom first.
        std::vector<const WallOpening*> across;
        for (const WallOpening& opening : wall.openings) {
            if (std::abs(middle - opening.centerM) < opening.widthM / 2.0)
                across.push_back(&opening);
        }
        std::sort(across.begin(), across.end(),
                  [](const WallOpening* a, const WallOpening* b) { return a->sillM < b->sillM; });
        double solidFromM = 0.0;
        for (const WallOpening* opening : across) {
            if (opening->sillM - solidFromM > kEpsilonM)
                blocks.push_back(blockBetween(x0, x1, solidFromM, opening->sillM, thicknessM));
            solidFromM = std::max(solidFromM, opening->sillM + opening->heightM);
        }
        if (heightM - solidFromM > kEpsilonM)
            blocks.push_back(blockBetween(x0, x1, solidFromM, heightM, thicknessM));
    }
    return blocks;
}

std::vector<SolidBlock> stairBlocks(const SetPiece& stairs)
{
    const int steps = std::max(stairs.stepCount, 1);
    const double riserM = stairs.sizeM.y / steps;
    const double treadM = stairs.sizeM.z / steps;
    const double halfRunM = stairs.sizeM.z / 2.0;
    std::vector<SolidBlock> blocks;
    blocks.reserve(static_cast<std::size_t>(steps));
    for (int i = 0; i < steps; ++i) {
        const double topM = (i + 1) * riserM;
        blocks.push_back(SolidBlock{glm::dvec3(0.0, topM / 2.0, halfRunM - (i + 0.5) * treadM),
                                    glm::dvec3(stairs.sizeM.x, topM, treadM)});
    }
    return blocks;
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
        return {SolidBlock{glm::dvec3(0.0, piece.sizeM.y / 2.0, 0.0), piece.sizeM}};
    case SetPieceShape::Wall:
        return wallBlocks(piece);
    case SetPieceShape::Stairs:
        return stairBlocks(piece);
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
    resolveModels();
    if (!m_pieces.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {ModelUrlRole, ModelMissingRole});
}

void SetPieceListModel::resolveModels()
{
    const std::filesystem::path projectFile(m_projectFile.toStdString());
    m_modelUrls.assign(m_pieces.size(), QUrl());
    m_modelMissing.assign(m_pieces.size(), false);
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
            // Edits refresh the model often: say it once per piece and file, not at every refresh.
            if (m_warnedMissing.insert(asset.pieceName + '\n' + asset.modelPath).second)
                spdlog::warn("{}", missingAssetWarning(asset));
        }
    }
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
        {HasCollisionBoxRole, "hasCollisionBox"},
    };
}

} // namespace murnau
