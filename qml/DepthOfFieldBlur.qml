import QtQuick
import QtQuick3D
import QtQuick3D.Effects

// The depth-of-field preview: Qt Quick 3D's depth-of-field blur (the shaders of QtQuick3D.Effects'
// DepthOfFieldHQBlur) with its source sampler's placeholder texture declared by the user, before
// the effect, rather than inside it: the stock DepthOfFieldHQBlur of Qt 6.4.2 (and any effect
// owning that Texture) corrupts the heap when destroyed ("malloc_consolidate(): unaligned fastbin
// chunk" on closing the window; checked with qmltestrunner). Sharp within
// focusRange / 2 of focusDistance, fully blurred another focusRange beyond; scene units.
Effect {
    id: effect

    property real focusDistance: 600   // middle of the sharp band, scene units from the camera
    property real focusRange: 100       // width of the sharp band, scene units
    property real blurAmount: 4         // spread of the blur taps, pixels of the half-size picture

    // An empty Texture declared before this effect, outliving it; the second pass binds the
    // picture to the sampler (BufferInput sampler "sourceSampler").
    required property Texture placeholder
    readonly property TextureInput sourceSampler: TextureInput { texture: effect.placeholder }

    Shader { id: downsampleVert; stage: Shader.Vertex; shader: "qrc:/qtquick3deffects/shaders/downsample.vert" }
    Shader { id: downsampleFrag; stage: Shader.Fragment; shader: "qrc:/qtquick3deffects/shaders/downsample.frag" }
    Shader { id: blurVert; stage: Shader.Vertex; shader: "qrc:/qtquick3deffects/shaders/depthoffieldblur.vert" }
    Shader { id: blurFrag; stage: Shader.Fragment; shader: "qrc:/qtquick3deffects/shaders/depthoffieldblur.frag" }

    Buffer {
        id: downsampleBuffer
        name: "downsampleBuffer"
        format: Buffer.RGBA8
        textureFilterOperation: Buffer.Linear
        textureCoordOperation: Buffer.ClampToEdge
        sizeMultiplier: 0.5
    }

    passes: [
        Pass {
            shaders: [downsampleVert, downsampleFrag]
            output: downsampleBuffer
        },
        Pass {
            shaders: [blurVert, blurFrag]
            commands: [
                BufferInput { buffer: downsampleBuffer },
                BufferInput { sampler: "sourceSampler" }
            ]
        }
    ]
}
