import FolioMarkdown
import Testing

/// HTML with line breaks next to tags removed and other runs of whitespace collapsed to one
/// space, so cases compare structure, not line breaks (as the GFM spec's own tests do).
func normalizedHTML(_ html: String) -> String {
    var out = ""
    var run = ""
    for c in html {
        if c == " " || c == "\n" || c == "\t" {
            run.append(c)
            continue
        }
        if !run.isEmpty {
            let atTag = out.last == ">" || c == "<" || out.isEmpty
            if !(run.contains("\n") && atTag) && !out.isEmpty { out.append(" ") }
            run = ""
        }
        out.append(c)
    }
    return out
}

func gfm(_ body: String) throws -> String { normalizedHTML(try html(body)) }

/// One test per rule of the GFM spec's section on tables (the cases are Folio's own).
@Suite struct GFMTableTests {
    @Test func headerDelimiterAndBodyRowsMakeATable() throws {
        #expect(
            try gfm("| planet | moons |\n| --- | --- |\n| Mars | 2 |\n")
                == "<table><thead><tr><th>planet</th><th>moons</th></tr></thead><tbody><tr><td>Mars</td><td>2</td></tr></tbody></table>"
        )
    }

    @Test func colonsInTheDelimiterRowAlignColumns() throws {
        #expect(
            try gfm("a | b | c | d\n:-- | :-: | --: | ---\n1 | 2 | 3 | 4\n")
                == "<table><thead><tr><th align=\"left\">a</th><th align=\"center\">b</th><th align=\"right\">c</th><th>d</th></tr></thead><tbody><tr><td align=\"left\">1</td><td align=\"center\">2</td><td align=\"right\">3</td><td>4</td></tr></tbody></table>"
        )
    }

    @Test func outerPipesAreOptionalAndCellsAreTrimmed() throws {
        let withPipes = try gfm("|  x  |y|\n|-|-|\n|   1 |  2|\n")
        let without = try gfm("x|y\n-|-\n1|2\n")
        #expect(withPipes == without)
        #expect(without.contains("<td>1</td><td>2</td>"))
    }

    @Test func cellsHoldInlineMarkupButNotBlocks() throws {
        let out = try gfm("| a | b |\n|---|---|\n| **bold** `code` [l](u) | # not a heading |\n")
        #expect(out.contains("<td><strong>bold</strong> <code>code</code> <a href=\"u\">l</a></td>"))
        #expect(out.contains("<td># not a heading</td>"))
    }

    @Test func escapedPipesStayInTheirCellEvenInCode() throws {
        let out = try gfm("| op | means |\n|----|-------|\n| `a \\| b` | a or\\|b |\n")
        #expect(out.contains("<td><code>a | b</code></td><td>a or|b</td>"))
    }

    @Test func anUnescapedPipeInCodeStillSplitsTheCell() throws {
        let out = try gfm("| a | b |\n|---|---|\n| `x | y` |\n")
        #expect(out.contains("<td>`x</td><td>y`</td>"))
    }

    @Test func aBlankLineOrAnotherBlockEndsTheTable() throws {
        let out = try gfm("| a |\n|---|\n| 1 |\n\nafter\n")
        #expect(out.hasSuffix("</tbody></table><p>after</p>"))
        let quote = try gfm("| a |\n|---|\n| 1 |\n> quoted\n")
        #expect(quote.hasSuffix("</tbody></table><blockquote><p>quoted</p></blockquote>"))
    }

    @Test func aLineWithoutPipesAfterTheTableIsStillARow() throws {
        let out = try gfm("| a | b |\n|---|---|\n| 1 | 2 |\nthree\n")
        #expect(out.contains("<tr><td>three</td><td></td></tr>"))
    }

    @Test func headerAndDelimiterCellCountsMustMatch() throws {
        #expect(try gfm("| a | b |\n|---|\n| 1 |\n") == "<p>| a | b | |---| | 1 |</p>")
    }

    @Test func shortRowsArePaddedAndLongRowsCut() throws {
        let out = try gfm("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n")
        #expect(out.contains("<tr><td>1</td><td></td></tr><tr><td>1</td><td>2</td></tr>"))
        #expect(!out.contains("3"))
    }

    @Test func aTableWithoutBodyRowsHasNoTbody() throws {
        #expect(try gfm("| a | b |\n|---|---|\n") == "<table><thead><tr><th>a</th><th>b</th></tr></thead></table>")
    }

    @Test func linesBeforeTheHeaderStayAParagraph() throws {
        #expect(
            try gfm("Intro line.\n| a |\n|---|\n| 1 |\n")
                == "<p>Intro line.</p><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
        )
    }

    @Test func tablesWorkInsideBlockQuotesAndListItems() throws {
        let quoted = try gfm("> | a |\n> |---|\n> | 1 |\n")
        #expect(
            quoted
                == "<blockquote><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></blockquote>"
        )
        let listed = try gfm("- | a |\n  |---|\n  | 1 |\n")
        #expect(listed.contains("<li><table>"))
    }

    @Test func mathWithPipesDoesNotSplitACell() throws {
        let out = try gfm("| f | value |\n|---|---|\n| $|x|$ | 1 |\n")
        #expect(out.contains("<td><span class=\"math\">|x|</span></td><td>1</td>"))
    }

    @Test func aCaptionWithALabelIsListedAndNumberedByTheHook() throws {
        let body = "| a |\n|---|\n| 1 |\n\n: Measured *values* {#tbl-values}\n"
        let n = try note(body)
        #expect(
            n.tables == [
                ProseTable(
                    label: "tbl-values", caption: "Measured *values*", location: SourceLocation(line: 4, column: 1))
            ])
        var hooks = markerHooks()
        hooks.tableNumber = { $0 == "tbl-values" ? "Table 3" : nil }
        let out = normalizedHTML(n.renderHTML(hooks))
        #expect(
            out.hasPrefix(
                "<figure class=\"table\" id=\"tbl-values\"><figcaption><span class=\"caption-number\">Table 3:</span> Measured <em>values</em></figcaption><table>"
            ))
        #expect(out.hasSuffix("</table></figure>"))
    }

    @Test func aDelimiterRowWithoutAnyPipeIsNotATable() throws {
        #expect(try gfm("a\n:-\n") == "<p>a :-</p>")
    }
}
