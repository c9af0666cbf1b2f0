#pragma once
// The depth of field as a depth-blur effect sees it. Screen-space depth-of-field effects
// (Qt Quick 3D's DepthOfFieldHQBlur among them) keep sharp a band of view depth symmetric about
// a centre, |z - centre| <= width / 2, and blur outside it. The thin-lens sharp zone [Dn, Df]
// (core/optics/depth_of_field.h) is asymmetric about the focus distance, so the band that
// matches it is centred on (Dn + Df) / 2 with width Df - Dn. A far limit at infinity (focus at
// or past the hyperfocal distance) is drawn at `farthestM`, the farthest depth the view shows.

#include "core/optics/depth_of_field.h"
#include "core/util/result.h"

namespace murnau {

struct DepthBlurBand {
    double centreM = 0.0;   // view depth of the band's middle, metres
    double widthM = 0.0;    // the band's full width (far - near), metres
};

// The band for `dof`, its infinite or farther far limit taken as `farthestM`. Error "farthestM"
// when it is not finite or not beyond the near limit.
Result<DepthBlurBand> depthBlurBand(const DepthOfField& dof, double farthestM);

// Diameter of the blur disc on the sensor of a point at infinity, for focal length f (mm),
// f-number N and focus distance s (metres): c_inf = f^2 / (N (s - f)) in millimetres (thin lens;
// a point at distance D gives c_inf |D - s| / D). Error "focusM" unless s > f, "focalLengthMm" /
// "fNumber" unless positive and finite.
Result<double> backgroundBlurDiscMm(double focalLengthMm, double fNumber, double focusM);

} // namespace murnau
