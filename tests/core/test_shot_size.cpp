// Shot-size bands tied to Drillis & Contini body landmarks (anthropometry.h), classification
// on both sides of every boundary, and parsing.

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "core/optics/shot_size.h"
#include "core/scene/anthropometry.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

ShotSize classify(double v)
{
    const auto size = classifyShotSize(v);
    EXPECT_TRUE(size.ok()) << v;
    return size.ok() ? *size : ShotSize::EWS;
}

} // namespace

TEST(ShotSizeBands, BoundariesFromLandmarks)
{
    // v = frame height / stature with the top of frame at the crown; a cut at landmark L is v = 1 - L.
    // Landmarks (Drillis & Contini, via Winter 2009 Fig. 4.1): chin 0.870, shoulder 0.818, chest 0.720,
    // waist 0.630, hip 0.530, knee 0.285, ankle 0.039.
    EXPECT_NEAR(shotSizeBand(ShotSize::ECU).maxVisibleStatures, 0.130, 1e-12);   // 1 - chin
    EXPECT_NEAR(shotSizeBand(ShotSize::CU).maxVisibleStatures, 0.218, 1e-12);    // 1 - ((0.870+0.818)/2 + 0.720)/2 = 1 - 0.782
    EXPECT_NEAR(shotSizeBand(ShotSize::MCU).maxVisibleStatures, 0.325, 1e-12);   // 1 - (0.720+0.630)/2 = 1 - 0.675
    EXPECT_NEAR(shotSizeBand(ShotSize::MS).maxVisibleStatures, 0.470, 1e-12);    // 1 - hip
    EXPECT_NEAR(shotSizeBand(ShotSize::MLS).maxVisibleStatures, 0.961, 1e-12);   // 1 - ankle
    EXPECT_NEAR(shotSizeBand(ShotSize::FS).maxVisibleStatures, 2.0, 1e-12);      // person fills half the frame
    EXPECT_NEAR(shotSizeBand(ShotSize::WS).maxVisibleStatures, 6.0, 1e-12);      // person fills a sixth
    EXPECT_TRUE(std::isinf(shotSizeBand(ShotSize::EWS).maxVisibleStatures));
}

TEST(ShotSizeBands, NominalFramings)
{
    // ECU between eye and chin: 1 - (0.936 + 0.870)/2 = 0.097.
    EXPECT_NEAR(shotSizeBand(ShotSize::ECU).nominalVisibleStatures, 0.097, 1e-12);
    // CU at the neck, midway chin/shoulder: 1 - 0.844 = 0.156.
    EXPECT_NEAR(shotSizeBand(ShotSize::CU).nominalVisibleStatures, 0.156, 1e-12);
    // MCU at the chest: 1 - 0.720 = 0.280.
    EXPECT_NEAR(shotSizeBand(ShotSize::MCU).nominalVisibleStatures, 0.280, 1e-12);
    // MS at the waist: 1 - 0.630 = 0.370.
    EXPECT_NEAR(shotSizeBand(ShotSize::MS).nominalVisibleStatures, 0.370, 1e-12);
    // MLS between mid-thigh ((0.530 + 0.285)/2 = 0.4075) and knee 0.285: 1 - 0.34625 = 0.65375.
    EXPECT_NEAR(shotSizeBand(ShotSize::MLS).nominalVisibleStatures, 0.65375, 1e-12);
    EXPECT_NEAR(shotSizeBand(ShotSize::FS).nominalVisibleStatures, 1.2, 1e-12);
    EXPECT_NEAR(shotSizeBand(ShotSize::WS).nominalVisibleStatures, 3.0, 1e-12);
    EXPECT_NEAR(shotSizeBand(ShotSize::EWS).nominalVisibleStatures, 10.0, 1e-12);
}

TEST(ShotSizeBands, OrderedAndEachNominalInsideItsBand)
{
    const auto bands = shotSizeBands();
    ASSERT_EQ(bands.size(), 8u);
    double lower = 0.0;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(bands[i].size), i);
        EXPECT_GT(bands[i].maxVisibleStatures, lower) << bands[i].code;
        EXPECT_GT(bands[i].nominalVisibleStatures, lower) << bands[i].code;
        EXPECT_LT(bands[i].nominalVisibleStatures, bands[i].maxVisibleStatures) << bands[i].code;
        EXPECT_EQ(classify(bands[i].nominalVisibleStatures), bands[i].size) << bands[i].code;
        EXPECT_FALSE(bands[i].name.empty());
        EXPECT_FALSE(bands[i].convention.empty());
        EXPECT_EQ(shotSizeCode(bands[i].size), bands[i].code);
        lower = bands[i].maxVisibleStatures;
    }
}

TEST(ShotSizeClassify, BothSidesOfEveryBoundary)
{
    // Hand boundaries from BoundariesFromLandmarks, probed 0.001 on either side.
    EXPECT_EQ(classify(0.05), ShotSize::ECU);
    EXPECT_EQ(classify(0.129), ShotSize::ECU);
    EXPECT_EQ(classify(0.131), ShotSize::CU);
    EXPECT_EQ(classify(0.217), ShotSize::CU);
    EXPECT_EQ(classify(0.219), ShotSize::MCU);
    EXPECT_EQ(classify(0.324), ShotSize::MCU);
    EXPECT_EQ(classify(0.326), ShotSize::MS);
    EXPECT_EQ(classify(0.469), ShotSize::MS);
    EXPECT_EQ(classify(0.471), ShotSize::MLS);
    EXPECT_EQ(classify(0.960), ShotSize::MLS);
    EXPECT_EQ(classify(0.962), ShotSize::FS);
    EXPECT_EQ(classify(1.999), ShotSize::FS);
    EXPECT_EQ(classify(2.001), ShotSize::WS);
    EXPECT_EQ(classify(5.999), ShotSize::WS);
    EXPECT_EQ(classify(6.001), ShotSize::EWS);
    EXPECT_EQ(classify(1000.0), ShotSize::EWS);
}

TEST(ShotSizeClassify, UpperBoundIsExclusive)
{
    // v exactly at a band's maximum belongs to the next band.
    EXPECT_EQ(classify(shotSizeBand(ShotSize::MS).maxVisibleStatures), ShotSize::MLS);
    EXPECT_EQ(classify(2.0), ShotSize::WS);
}

TEST(ShotSizeClassify, FiftyOnFullFrameAtThreeMetres)
{
    // Frame height at 3 m with 50 mm on 24 mm: 24 * 3 / 50 = 1.44 m; a 1.8 m actor: v = 0.8,
    // between 1 - hip (0.470) and 1 - ankle (0.961): the frame cuts at 0.2 of stature, below the knee -> MLS.
    EXPECT_EQ(classify(1.44 / 1.8), ShotSize::MLS);
    // At 1 m: 0.48 m / 1.8 m = 0.2667, cut at 0.733 (above the chest 0.720, below the neck) -> MCU.
    EXPECT_EQ(classify(0.48 / 1.8), ShotSize::MCU);
}

TEST(ShotSizeClassify, RefusesBadInputNamingTheField)
{
    for (const double v : {0.0, -0.5, kNaN, kInf, -kInf}) {
        const auto size = classifyShotSize(v);
        ASSERT_FALSE(size.ok()) << v;
        EXPECT_EQ(size.error().field, "visibleStatures") << v;
    }
}

TEST(ShotSizeParse, CodesNamesAndAliases)
{
    struct Case {
        const char* text;
        ShotSize size;
    };
    for (const Case& c : {Case{"ECU", ShotSize::ECU}, Case{"ecu", ShotSize::ECU}, Case{"XCU", ShotSize::ECU},
                          Case{"cu", ShotSize::CU}, Case{"Close-up", ShotSize::CU}, Case{"close up", ShotSize::CU},
                          Case{"mcu", ShotSize::MCU}, Case{"MS", ShotSize::MS}, Case{"medium shot", ShotSize::MS},
                          Case{"MLS", ShotSize::MLS}, Case{"mws", ShotSize::MLS}, Case{"Cowboy", ShotSize::MLS},
                          Case{"FS", ShotSize::FS}, Case{"LS", ShotSize::FS}, Case{"ws", ShotSize::WS},
                          Case{"EWS", ShotSize::EWS}, Case{"els", ShotSize::EWS}, Case{"  mcu ", ShotSize::MCU}}) {
        const auto size = parseShotSize(c.text);
        ASSERT_TRUE(size.ok()) << c.text << ": " << size.error().describe();
        EXPECT_EQ(*size, c.size) << c.text;
    }
}

TEST(ShotSizeParse, RoundTripsEveryCode)
{
    for (const ShotSizeBand& band : shotSizeBands()) {
        const auto size = parseShotSize(band.code);
        ASSERT_TRUE(size.ok()) << band.code;
        EXPECT_EQ(*size, band.size);
    }
}

TEST(ShotSizeParse, RefusesUnknownNamingTheField)
{
    for (const char* text : {"", "  ", "XYZ", "medium", "C U X"}) {
        const auto size = parseShotSize(text);
        ASSERT_FALSE(size.ok()) << "'" << text << "'";
        EXPECT_EQ(size.error().field, "shotSize");
    }
}

TEST(BodyLandmarks, TableMatchesConstantsCrownFirst)
{
    const auto landmarks = bodyLandmarks();
    ASSERT_EQ(landmarks.size(), 10u);
    EXPECT_EQ(landmarks.front().id, "crown");
    EXPECT_DOUBLE_EQ(landmarks.front().heightFraction, 1.0);
    EXPECT_EQ(landmarks.back().id, "ankle");
    EXPECT_DOUBLE_EQ(landmarks.back().heightFraction, 0.039);   // Drillis & Contini ankle height
    for (std::size_t i = 1; i < landmarks.size(); ++i)
        EXPECT_LT(landmarks[i].heightFraction, landmarks[i - 1].heightFraction) << landmarks[i].id;
}
