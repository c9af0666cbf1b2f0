// Floor material: the floor colour with 1 m grid lines and stronger 5 m lines, about one
// pixel wide at any distance (screen-space derivatives), fading out where they crowd.
// Uniforms (from GridFloor.qml): floorColor, minorLineColor, majorLineColor (vec4),
// unitsPerMetre (scene units per metre).

// Coverage (0..1) of grid lines `spacingM` apart and `widthPx` pixels wide at position p (metres).
float gridLines(vec2 p, float spacingM, float widthPx)
{
    vec2 cell = p / spacingM;
    vec2 perPixel = max(fwidth(cell), vec2(1e-6));
    vec2 distPx = abs(fract(cell + 0.5) - 0.5) / perPixel;
    return 1.0 - clamp(min(distPx.x, distPx.y) - 0.5 * widthPx + 0.5, 0.0, 1.0);
}

// How visible lines `spacingM` apart may be: 1 when they are far apart on screen, 0 when denser than ~3 px.
float gridFade(vec2 p, float spacingM)
{
    vec2 perPixel = fwidth(p / spacingM);
    float pixelsPerCell = 1.0 / max(max(perPixel.x, perPixel.y), 1e-6);
    return clamp((pixelsPerCell - 3.0) / 9.0, 0.0, 1.0);
}

void MAIN()
{
    vec2 p = VAR_WORLD_POSITION.xz / unitsPerMetre;
    float minor = gridLines(p, 1.0, 1.0) * gridFade(p, 1.0);
    float major = gridLines(p, 5.0, 1.6) * gridFade(p, 5.0);
    vec3 colour = floorColor.rgb;
    colour = mix(colour, minorLineColor.rgb, 0.28 * minor);
    colour = mix(colour, majorLineColor.rgb, 0.42 * major);
    BASE_COLOR = vec4(colour, 1.0);
    ROUGHNESS = 0.92;
    METALNESS = 0.0;
}
