#version 440
// The compare view's overlay of two sides' pictures (ComparePanel.qml), both the same size:
//   mode 1 wipe:       A left of `divider` (a fraction of the width), B right of it;
//   mode 2 ghost:      B at 50 % over A;
//   mode 3 difference: |A - B| per pixel, largest channel, scaled by `gain` and drawn in the
//                      `highlight` colour over A's dimmed grey, so what differs between the
//                      two perspectives (the background) lights up and what matches stays dark.

layout(location = 0) in vec2 qt_TexCoord0;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    float qt_Opacity;
    float mode;        // 1 wipe, 2 ghost, 3 difference
    float divider;     // wipe position, 0..1 of the width
    float gain;        // difference: how strongly a difference lights up
    vec4 highlight;    // difference: the colour it lights up in
    float flipY;       // 1: the sources are bottom-up (OpenGL render targets)
};

layout(binding = 1) uniform sampler2D sourceA;
layout(binding = 2) uniform sampler2D sourceB;

void main()
{
    vec2 uv = vec2(qt_TexCoord0.x, flipY > 0.5 ? 1.0 - qt_TexCoord0.y : qt_TexCoord0.y);
    vec4 a = texture(sourceA, uv);
    vec4 b = texture(sourceB, uv);
    vec4 colour;
    if (mode < 1.5) {
        colour = qt_TexCoord0.x < divider ? a : b;
    } else if (mode < 2.5) {
        colour = mix(a, b, 0.5);
    } else {
        vec3 d = abs(a.rgb - b.rgb);
        float difference = clamp(max(d.r, max(d.g, d.b)) * gain, 0.0, 1.0);
        float grey = dot(a.rgb, vec3(0.2126, 0.7152, 0.0722)) * 0.25;
        colour = vec4(mix(vec3(grey), highlight.rgb, difference), 1.0);
    }
    fragColor = vec4(colour.rgb, 1.0) * qt_Opacity;
}
