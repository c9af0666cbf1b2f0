// Scene heading keys: INT, EXT, INT/EXT, as screenplays write them.

#include <gtest/gtest.h>

#include "core/scene/scene.h"

using namespace murnau;

TEST(IntExtKeys, RoundTrip)
{
    EXPECT_EQ(intExtKey(IntExt::Int), "INT");
    EXPECT_EQ(intExtKey(IntExt::Ext), "EXT");
    EXPECT_EQ(intExtKey(IntExt::IntExt), "INT/EXT");
    for (const IntExt value : {IntExt::Int, IntExt::Ext, IntExt::IntExt}) {
        const auto parsed = parseIntExt(intExtKey(value));
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(parsed.value(), value);
    }
}

TEST(IntExtKeys, HeadingSpellings)
{
    // Screenplay headings write "INT.", "EXT.", "INT./EXT."; "I/E" and "EXT./INT." mean the same as INT/EXT.
    EXPECT_EQ(parseIntExt("int.").value(), IntExt::Int);
    EXPECT_EQ(parseIntExt("Ext").value(), IntExt::Ext);
    EXPECT_EQ(parseIntExt("INT./EXT.").value(), IntExt::IntExt);
    EXPECT_EQ(parseIntExt("int / ext").value(), IntExt::IntExt);
    EXPECT_EQ(parseIntExt("EXT./INT.").value(), IntExt::IntExt);
    EXPECT_EQ(parseIntExt("I/E").value(), IntExt::IntExt);
}

TEST(IntExtKeys, UnknownNamesTheField)
{
    for (const char* bad : {"", "inside", "INT/"}) {
        const auto parsed = parseIntExt(bad);
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error().field, "intExt");
    }
}
