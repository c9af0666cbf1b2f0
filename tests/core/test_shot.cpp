// Shot status keys, as written in project files and typed on the CLI.

#include <gtest/gtest.h>

#include "core/scene/shot.h"

using namespace murnau;

TEST(ShotStatusKeys, RoundTripAndCase)
{
    const ShotStatus all[] = {ShotStatus::Planned, ShotStatus::Approved, ShotStatus::Shot, ShotStatus::Omitted};
    const char* keys[] = {"planned", "approved", "shot", "omitted"};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(shotStatusKey(all[i]), keys[i]);
        const auto parsed = parseShotStatus(keys[i]);
        ASSERT_TRUE(parsed.ok()) << keys[i];
        EXPECT_EQ(parsed.value(), all[i]);
    }
    EXPECT_EQ(parseShotStatus(" Approved ").value(), ShotStatus::Approved);
    EXPECT_EQ(parseShotStatus("OMITTED").value(), ShotStatus::Omitted);
}

TEST(ShotStatusKeys, UnknownNamesTheField)
{
    for (const char* bad : {"", "done", "plan ned"}) {
        const auto parsed = parseShotStatus(bad);
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error().field, "status");
    }
}
