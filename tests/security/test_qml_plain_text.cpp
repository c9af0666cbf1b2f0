// The QML shows a project's text as plain text, never as markup. Qt's Text, Label, the shared
// ToolTip and the Controls' built-in labels (ComboBox and MenuItem delegates) take a string that
// starts with a tag as rich text: a name like <img src="http://..."> then makes the app fetch a
// URL when it shows the name, <img src="file:///a/fifo"> blocks the GUI thread for good, and in a
// Controls label (Qt 6.4) an <img> crashes the app. This test reads qml/*.qml and requires every
// Text and Label to say textFormat: Text.PlainText, the shared ToolTip to be made plain once, and
// every ComboBox and every MenuItem that shows data to bring its own plain label
// (docs/untrusted-files.md).

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

const fs::path kQml = fs::path(MURNAU_SOURCE_DIR) / "qml";

// One QML object declaration: its type, where it starts and its body without nested objects.
struct Declaration {
    std::string type;
    std::string file;
    int line = 0;
    std::string ownBody;   // the body at its own depth (nested { ... } blanked out)
};

// The file's text with // comments blanked (not inside strings) so they cannot satisfy a check.
std::string withoutComments(const std::string& text)
{
    std::string out = text;
    char quote = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (quote != 0) {
            if (c == '\\')
                ++i;
            else if (c == quote || c == '\n')
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
            while (i < out.size() && out[i] != '\n')
                out[i++] = ' ';
        }
    }
    return out;
}

bool isIdentifierCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.';
}

std::string fileText(const fs::path& file)
{
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return withoutComments(buffer.str());
}

// Every object declaration of `type` in `file`: "Text {" at a line's start, after "name:" or
// after "{" or ";" ("delegate: Text {"), but not "InspectorText {" or "Text.PlainText".
std::vector<Declaration> declarations(const fs::path& file, const std::string& type)
{
    const std::string text = fileText(file);
    std::vector<Declaration> found;
    for (std::size_t at = text.find(type); at != std::string::npos; at = text.find(type, at + 1)) {
        if (at > 0 && isIdentifierCharacter(text[at - 1]))
            continue;
        std::size_t open = at + type.size();
        while (open < text.size() && (text[open] == ' ' || text[open] == '\t'))
            ++open;
        if (open >= text.size() || text[open] != '{')
            continue;
        std::size_t before = at;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t'))
            --before;
        if (before > 0 && std::string_view("\n:{;").find(text[before - 1]) == std::string_view::npos)
            continue;
        Declaration d;
        d.type = type;
        d.file = file.filename().string();
        d.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        int depth = 0;
        for (std::size_t i = open; i < text.size(); ++i) {
            if (text[i] == '{')
                ++depth;
            else if (text[i] == '}')
                --depth;
            if (depth == 0)
                break;
            if (depth == 1 && i > open)
                d.ownBody += text[i];
        }
        found.push_back(std::move(d));
    }
    return found;
}

std::vector<fs::path> qmlFiles()
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kQml)) {
        if (entry.path().extension() == ".qml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

const std::regex kPlainText(R"(textFormat\s*:\s*(Text|Label)\.PlainText\b)");

} // namespace

TEST(QmlPlainText, EveryTextAndLabelIsPlain)
{
    std::vector<std::string> notPlain;
    std::size_t seen = 0;
    for (const fs::path& file : qmlFiles()) {
        for (const char* type : {"Text", "Label"}) {
            for (const Declaration& d : declarations(file, type)) {
                ++seen;
                if (!std::regex_search(d.ownBody, kPlainText))
                    notPlain.push_back(d.file + ":" + std::to_string(d.line) + " " + d.type);
            }
        }
    }
    EXPECT_GT(seen, 50U);   // the scan finds the app's labels (about 80 when this was written)
    EXPECT_EQ(notPlain, std::vector<std::string>{}) << "add textFormat: Text.PlainText to each";
}

TEST(QmlPlainText, TheSharedToolTipIsPlain)
{
    std::size_t settings = 0;
    const std::regex plainToolTip(R"(ToolTip\.toolTip\.contentItem\.textFormat\s*=\s*Text\.PlainText)");
    for (const fs::path& file : qmlFiles()) {
        const std::string text = fileText(file);
        settings += static_cast<std::size_t>(
            std::distance(std::sregex_iterator(text.begin(), text.end(), plainToolTip), std::sregex_iterator()));
    }
    EXPECT_EQ(settings, 1U) << "Main.qml makes the shared ToolTip's label plain once";
}

TEST(QmlPlainText, ComboBoxesAndDataMenuItemsBringAPlainLabel)
{
    std::vector<std::string> missing;
    for (const fs::path& file : qmlFiles()) {
        for (const Declaration& d : declarations(file, "ComboBox")) {
            if (d.ownBody.find("delegate:") == std::string::npos)
                missing.push_back(d.file + ":" + std::to_string(d.line) + " ComboBox without a plain delegate");
        }
        for (const Declaration& d : declarations(file, "MenuItem")) {
            const bool showsData = d.ownBody.find("modelData") != std::string::npos;
            if (showsData && d.ownBody.find("contentItem:") == std::string::npos)
                missing.push_back(d.file + ":" + std::to_string(d.line) + " MenuItem showing data without a plain label");
        }
    }
    EXPECT_EQ(missing, std::vector<std::string>{});
}
