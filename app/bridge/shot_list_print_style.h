#pragma once
// The look shared by the shot list's printed pages (shot_list_pdf.h): the comparison sheet's ink,
// rule and band colours and its DejaVu Sans (comparison_sheet_painter.cpp), a landscape page in
// layout units of 1/120 inch (scaled to the device when painted), the heading every page carries,
// and word wrapping clipped to a number of lines.

#include <string>
#include <string_view>

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace murnau {

// Layout units per inch of the printed pages (as the comparison sheet).
inline constexpr double kPrintUnitsPerInch = 120.0;
// White space round every printed page, layout units.
inline constexpr double kPrintMargin = 40.0;
// Height of a page heading (title, sub line, rule), layout units.
inline constexpr double kPrintHeadingHeight = 64.0;
// Height of the footer line, layout units.
inline constexpr double kPrintFooterHeight = 16.0;

inline const QColor kPrintInk(0x1a, 0x1b, 0x1e);       // text and strong rules
inline const QColor kPrintInkDim(0x5a, 0x5e, 0x66);    // labels, secondary text
inline const QColor kPrintRule(0xbb, 0xbe, 0xc4);      // grid lines
inline const QColor kPrintBand(0xf2, 0xf3, 0xf5);      // alternate rows, empty cells
inline const QColor kPrintProblem(0xc0, 0x2a, 0x22);   // warnings and soft focus marks

// DejaVu Sans at `px` layout units.
[[nodiscard]] QFont printFont(double px, bool bold = false);

// The landscape page of `pageSize` in layout units (A4: 1403.1 x 992.1; US Letter: 1320 x 1020).
[[nodiscard]] QSizeF printPageSizeUnits(QPageSize::PageSizeId pageSize);

// The text of a core string.
[[nodiscard]] QString printText(std::string_view text);

// `text` broken into lines at most `width` layout units wide in `font` (explicit '\n' start a new
// line), at most `maxLines` of them; when text is left over, the last line ends in an ellipsis.
[[nodiscard]] QStringList wrapPrintText(const QString& text, const QFont& font, double width, int maxLines);

// What a page's heading says.
struct PrintHeading {
    QString title;          // "Shot list", "Scene 1 · Shot 1A — Anna walks the aisle"
    QString subtitle;       // one line under it, dimmed
    QString projectTitle;   // top right
    int page = 1;           // 1-based
    int pageCount = 1;
};

// Paints `heading` across the top of `area` (kPrintHeadingHeight high, a rule under it).
void paintPrintHeading(QPainter& painter, const QRectF& area, const PrintHeading& heading);

// Paints the footer line ("Murnau shot list · 2026-11-22 14:03") at the bottom of `area`.
void paintPrintFooter(QPainter& painter, const QRectF& area, const QString& footer);

} // namespace murnau
