import Foundation
import Testing

@testable import FolioCharts

/// Table formats, markup and errors.
@Suite struct TableTests {
    @Test func formats() {
        #expect(ColumnFormat.fixed(2).format(3.14159) == "3.14")
        #expect(ColumnFormat.scientific(2).format(12345) == "1.23e+04")
        #expect(ColumnFormat.percent(1).format(0.1234) == "12.3%")
        #expect(ColumnFormat.integer.format(3.0) == "3")
        #expect(ColumnFormat.integer.format(2.5) == "3")
        #expect(ColumnFormat.integer.format(-2.5) == "-3")
        #expect(ColumnFormat.automatic.format(0.1) == "0.1")
        #expect(ColumnFormat.automatic.format(3.0) == "3.0")
        #expect(ColumnFormat.automatic.format(1e-5) == "1e-05")
        #expect(ColumnFormat.automatic.format(3) == "3")
        #expect(ColumnFormat.fixed(2).format(-0.001) == "0.00")
        #expect(ColumnFormat.percent(0).format(-0.001) == "0%")
        #expect(ColumnFormat.fixed(2).format(.nan) == "nan")
        #expect(ColumnFormat.fixed(2).format(-.infinity) == "-inf")
        #expect(ColumnFormat.scientific(3).format(-0.000123456) == "-1.235e-04")
    }

    @Test func html() throws {
        let table = Table(caption: "Results") {
            Column("model", ["small", "large"])
            Column("loss", [2.3456, 1.9], format: .fixed(2))
            Column("steps", [1000, 20000])
        }
        let html = try table.html()
        #expect(
            html == """
                <table class="folio-table">
                <caption>Results</caption>
                <thead><tr><th scope="col">model</th><th scope="col" class="num">loss</th><th scope="col" class="num">steps</th></tr></thead>
                <tbody>
                <tr><td>small</td><td class="num">2.35</td><td class="num">1000</td></tr>
                <tr><td>large</td><td class="num">1.90</td><td class="num">20000</td></tr>
                </tbody>
                </table>

                """)
        #expect(xmlError(html) == nil)
    }

    @Test func mismatchedColumnsNameBoth() {
        let table = Table(columns: [Column("a", [1.0, 2, 3]), Column("b", ["x"])])
        #expect(throws: ChartError("Table: column \"a\" has 3 values but column \"b\" has 1")) { try table.html() }
        #expect(throws: ChartError("Table: no columns")) { try Table(columns: []).html() }
    }

    @Test func matrix() throws {
        let t = Table(
            matrix: [[1, 2], [3, 4.5]], columnNames: ["p", "q"], rowNames: ["r0", "r1"], format: .fixed(1))
        let html = try t.html()
        #expect(html.contains("<tr><td>r0</td><td class=\"num\">1.0</td><td class=\"num\">2.0</td></tr>"))
        #expect(html.contains("<th scope=\"col\"></th><th scope=\"col\" class=\"num\">p</th>"))
        #expect(throws: ChartError("Table: matrix row 1 has 1 values but row 0 has 2")) {
            try Table(matrix: [[1, 2], [3]]).html()
        }
        #expect(try Table(matrix: [[1, 2]]).html().contains(">0</th><th scope=\"col\" class=\"num\">1</th>"))
    }

    @Test func constantColumnsRepeat() throws {
        let t = Table(columns: [Column("x", [1.0, 2]), Column("c", PlotValues.constant(7), format: .integer)])
        #expect(count("<td class=\"num\">7</td>", in: try t.html()) == 2)
    }
}
