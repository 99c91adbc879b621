import FolioCharts
import FolioHTML

/// The markup of the charts and tables a block yields. The interpreter (or a compiled note)
/// hands over `Chart` and `Table` values; the page draws them here and chooses the chart ids.
enum OutputMarkup {
    /// The ids of block `block`'s `number`-th chart (from 1) start with `b<block>-c<number>`:
    /// unique on the page, and the same on every render of the same note.
    static func chartIDPrefix(block: Int, number: Int) -> String { "b\(block)-c\(number)" }

    /// The chart as inline SVG in its output box.
    static func chart(_ chart: Chart, block: Int, number: Int) -> String {
        do {
            let svg = try chart.svg(idPrefix: chartIDPrefix(block: block, number: number))
            return "<div class=\"output chart\">\n\(svg)\n</div>\n"
        } catch {
            // A block yields only charts it could lay out, so this is a chart decoded from
            // elsewhere that cannot be drawn: shown, never dropped.
            return undrawable("chart", error)
        }
    }

    /// The table as HTML in its output box.
    static func table(_ table: Table) -> String {
        do {
            return "<div class=\"output table\">\n\(try table.html())\n</div>\n"
        } catch {
            return undrawable("table", error)
        }
    }

    private static func undrawable(_ what: String, _ error: any Error) -> String {
        "<div class=\"error\">\n<pre>\(HTMLText.escape("this \(what) cannot be drawn: \(error)"))</pre>\n</div>\n"
    }
}
