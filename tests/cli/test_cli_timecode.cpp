// murnau-cli timecode. Expected values: the published SMPTE ST 12-1 drop-frame figures
// (one hour of 29.97 DF = 107,892 frames; 00:01:00;02 is frame 1800) and seconds worked
// by hand as frame x den / num.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

struct Case {
    std::vector<std::string> arguments;
    std::int64_t frame;
    std::string timecode;
    double seconds;   // frame x den / num
};

void check(const Case& c)
{
    std::vector<std::string> words{"timecode"};
    words.insert(words.end(), c.arguments.begin(), c.arguments.end());
    const nlohmann::json result = runCliJson(words);
    ASSERT_TRUE(result.is_object()) << result.dump();
    ASSERT_EQ(result.size(), 3u) << result.dump();
    EXPECT_EQ(result["frame"].get<std::int64_t>(), c.frame) << result.dump();
    EXPECT_EQ(result["timecode"].get<std::string>(), c.timecode) << result.dump();
    EXPECT_DOUBLE_EQ(result["seconds"].get<double>(), c.seconds) << result.dump();
}

TEST(CliTimecode, DropFrameAt2997)
{
    // One hour of 29.97 DF: 107,892 frames = 107,892 x 1001 / 30000 = 3599.9964 s.
    check({{"--fps", "29.97", "--drop", "--frame", "107892"}, 107'892, "01:00:00;00", 3599.9964});
    check({{"--fps", "29.97", "--drop", "--tc", "01:00:00;00"}, 107'892, "01:00:00;00", 3599.9964});
    // The first dropped labels: frame 1799 is 00:00:59;29, frame 1800 is 00:01:00;02 (60.06 s).
    check({{"--fps", "29.97", "--drop", "--frame", "1799"}, 1799, "00:00:59;29", 1799.0 * 1001.0 / 30000.0});
    check({{"--fps", "29.97", "--drop", "--frame", "1800"}, 1800, "00:01:00;02", 60.06});
    // Ten minutes: 17,982 frames = 599.9994 s.
    check({{"--fps", "30000/1001", "--drop", "--tc", "00:10:00;00"}, 17'982, "00:10:00;00", 599.9994});
}

TEST(CliTimecode, DropFrameNotationImpliesDrop)
{
    // ';' (or ',' / '.') before the frames is drop-frame even without --drop.
    check({{"--fps", "29.97", "--tc", "00:01:00;02"}, 1800, "00:01:00;02", 60.06});
    check({{"--fps", "29.97", "--tc", "00:01:00.02"}, 1800, "00:01:00;02", 60.06});
    check({{"--fps", "29.97", "--tc", "00;01;00;02"}, 1800, "00:01:00;02", 60.06});
}

TEST(CliTimecode, DropFrameAt5994)
{
    // 59.94 DF drops four labels: 00:01:00;04 is frame 3600 (3600 x 1001 / 60000 = 60.06 s);
    // one hour is 215,784 frames (3599.9964 s).
    check({{"--fps", "59.94", "--drop", "--frame", "3600"}, 3600, "00:01:00;04", 60.06});
    check({{"--fps", "59.94", "--drop", "--tc", "01:00:00;00"}, 215'784, "01:00:00;00", 3599.9964});
}

TEST(CliTimecode, NonDrop)
{
    // 24 fps: 01:00:00:00 = 86,400 frames = 3600 s.
    check({{"--fps", "24", "--tc", "01:00:00:00"}, 86'400, "01:00:00:00", 3600.0});
    // 23.976 counts labels with base 24: 86,400 frames = 86,400 x 1001 / 24000 = 3603.6 s.
    check({{"--fps", "23.976", "--frame", "86400"}, 86'400, "01:00:00:00", 3603.6});
    // 29.97 non-drop counts with base 30: frame 1800 is 00:01:00:00.
    check({{"--fps", "29.97", "--frame", "1800"}, 1800, "00:01:00:00", 60.06});
    // 25 fps (EBU): 10:00:00:00 = 900,000 frames = 36,000 s.
    check({{"--fps", "25", "--tc", "10:00:00:00"}, 900'000, "10:00:00:00", 36'000.0});
    check({{"--fps", "24", "--frame", "0"}, 0, "00:00:00:00", 0.0});
}

} // namespace
} // namespace murnau::test
