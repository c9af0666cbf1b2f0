// LibraryActions::addModel reads the chosen file with core's model reader (core/scene/model_file.h)
// before adding the piece: a malformed model, or one whose buffers leave the project's folder, is
// refused with the reader's words and changes nothing; an accepted one gets its bounding box as
// its collision box. Expected sizes are worked out by hand from the files' coordinates.

#include <QFile>
#include <QUrl>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/bridge/library_actions.h"
#include "app/bridge/project_document.h"
#include "document_test_support.h"

namespace murnau {
namespace {

using testing::DemoCopy;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

class AddingModels : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_library.setDocument(&m_document);
    }

    QUrl model(const QString& name) const { return QUrl::fromLocalFile(m_demo.filePath(QStringLiteral("models/") + name)); }

    // addModel refuses `name`: false, the project and the undo stack unchanged, and the message
    // names modelPath and contains `words`.
    void expectRefused(const QString& name, const std::string& words)
    {
        const Project before = m_document.project();
        const int steps = m_document.undoStack().count();
        EXPECT_FALSE(m_library.addModel(model(name))) << name.toStdString();
        EXPECT_EQ(m_document.project(), before);
        EXPECT_EQ(m_document.undoStack().count(), steps);
        const std::string message = m_document.errorText().toStdString();
        EXPECT_NE(message.find("modelPath"), std::string::npos) << message;
        EXPECT_NE(message.find(words), std::string::npos) << message << "\nexpected to contain: " << words;
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    LibraryActions m_library;
};

TEST_F(AddingModels, AModelsCollisionBoxIsItsBoundingBox)
{
    // The demo forklift (assets/demo/make_models.py): 1.16 m wide (counterweight and drive
    // wheels), 2.185 m to the guard's roof, 3.365 m from the counterweight's back to the fork
    // tips, centred on its footprint with its origin on the floor.
    const Project before = m_document.project();
    ASSERT_TRUE(m_library.addModel(model(QStringLiteral("forklift.glb")))) << m_document.errorText().toStdString();
    const SetPiece& piece = m_document.project().set.pieces.back();
    EXPECT_EQ(piece.modelPath, "models/forklift.glb");
    EXPECT_NEAR(piece.sizeM.x, 1.16, 1e-6);
    EXPECT_NEAR(piece.sizeM.y, 2.185, 1e-6);
    EXPECT_NEAR(piece.sizeM.z, 3.365, 1e-6);
    m_document.undo();
    EXPECT_EQ(m_document.project(), before);
}

TEST_F(AddingModels, AnOffCentreModelGetsABoxAroundItsOrigin)
{
    // x from 1 to 3, y from 0 to 2, z from -1 to 1: the origin (placed on the piece's base
    // centre) is 2 off the model's centre along x, so the box reaches 3 either side: 6 x 2 x 2.
    writeFile(m_demo.filePath(QStringLiteral("models/offset.obj")),
              "v 1 0 -1\nv 3 0 -1\nv 3 2 1\nv 1 2 1\nf 1 2 3 4\n");
    ASSERT_TRUE(m_library.addModel(model(QStringLiteral("offset.obj")))) << m_document.errorText().toStdString();
    const SetPiece& piece = m_document.project().set.pieces.back();
    EXPECT_DOUBLE_EQ(piece.sizeM.x, 6.0);
    EXPECT_DOUBLE_EQ(piece.sizeM.y, 2.0);
    EXPECT_DOUBLE_EQ(piece.sizeM.z, 2.0);
}

TEST_F(AddingModels, MalformedOrEscapingModelsAreRefusedWithTheReadersWords)
{
    writeFile(m_demo.filePath(QStringLiteral("models/broken.glb")), QByteArray("glTF\x02\0\0\0", 8));
    expectRefused(QStringLiteral("broken.glb"), "'models/broken.glb': header: the file has 8 bytes");

    nlohmann::json escaping = {
        {"asset", {{"version", "2.0"}}},
        {"buffers", {{{"uri", "../../secret.bin"}, {"byteLength", 36}}}},
        {"bufferViews", {{{"buffer", 0}, {"byteLength", 36}}}},
        {"accessors", {{{"bufferView", 0}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"},
                        {"min", {0, 0, 0}}, {"max", {1, 1, 0}}}}},
        {"meshes", {{{"primitives", {{{"attributes", {{"POSITION", 0}}}}}}}}},
        {"nodes", {{{"mesh", 0}}}},
    };
    writeFile(m_demo.filePath(QStringLiteral("models/escape.gltf")), QByteArray::fromStdString(escaping.dump()));
    expectRefused(QStringLiteral("escape.gltf"), "buffers[0].uri: '../../secret.bin' leaves the project's folder");

    writeFile(m_demo.filePath(QStringLiteral("models/nan.obj")), "v 0 0 0\nv nan 1 1\n");
    expectRefused(QStringLiteral("nan.obj"), "line 2: vertex coordinate 'nan' is not a finite number");
}

} // namespace
} // namespace murnau
