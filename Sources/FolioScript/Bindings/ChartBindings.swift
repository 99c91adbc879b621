import FolioCharts
import FolioNumerics
import Foundation
import SwiftSyntax

/// A mark built in a note, with where it was written (errors name the mark at its line).
final class MarkBox: CustomStringConvertible {
    let mark: any ChartMark
    let name: String
    var loc = SourceLoc(line: 0, column: 0)

    init(_ mark: any ChartMark, name: String) {
        self.mark = mark
        self.name = name
    }

    var description: String { name + "(…)" }
}

/// A chart built in a note: the chart and its marks' boxes (for error locations).
struct ChartValue: CustomStringConvertible {
    var chart: Chart
    var marks: [MarkBox]

    var description: String { "Chart(\(marks.count) mark\(marks.count == 1 ? "" : "s"))" }
}

/// A column or a table built in a note.
struct TableValue: CustomStringConvertible {
    var table: Table

    /// What `print(table)` shows: its size, as a chart shows its marks (the markup is the
    /// page's business).
    var description: String {
        let columns = table.columns.count
        let rows = table.rowCount
        return "Table(\(columns) column\(columns == 1 ? "" : "s"), \(rows) row\(rows == 1 ? "" : "s"))"
    }
}

extension Bindings {
    /// The marks a `Chart { … }` collects: every mark FolioCharts ships.
    static let markNames = Set(MarkCatalog.names)

    func installCharts() {
        let P = plot
        let S = ScriptType.optional(.string)
        let chart = type("Chart")
        let none = Param("series", S, .null)
        func p(_ value: Value) throws -> PlotValues { try unbox(value, PlotValues.self) }
        func series(_ value: Value) throws -> String? { try optional(value).map(stringOf) }
        func mark(_ name: String, _ params: [Param], _ build: @escaping ([Value]) throws -> any ChartMark) {
            let markType = type(name)
            initializer(markType, params) { native(MarkBox(try build($0), name: name)) }
        }
        mark("LineMark", [Param("x", P), Param("y", P), none]) {
            LineMark(x: try p($0[0]), y: try p($0[1]), series: try series($0[2]))
        }
        mark("PointMark", [Param("x", P), Param("y", P), none]) {
            PointMark(x: try p($0[0]), y: try p($0[1]), series: try series($0[2]))
        }
        mark("BarMark", [Param("x", P), Param("y", P), none]) {
            BarMark(x: try p($0[0]), y: try p($0[1]), series: try series($0[2]))
        }
        mark("BarMark", [Param("xStart", P), Param("xEnd", P), Param("y", P), none]) {
            BarMark(xStart: try p($0[0]), xEnd: try p($0[1]), y: try p($0[2]), series: try series($0[3]))
        }
        mark("AreaMark", [Param("x", P), Param("y", P), none]) {
            AreaMark(x: try p($0[0]), y: try p($0[1]), series: try series($0[2]))
        }
        mark("AreaMark", [Param("x", P), Param("yStart", P), Param("yEnd", P), none]) {
            AreaMark(x: try p($0[0]), yStart: try p($0[1]), yEnd: try p($0[2]), series: try series($0[3]))
        }
        mark("RuleMark", [Param("x", P), none]) { RuleMark(x: try p($0[0]), series: try series($0[1])) }
        mark("RuleMark", [Param("y", P), none]) { RuleMark(y: try p($0[0]), series: try series($0[1])) }
        mark("RuleMark", [Param("x", P), Param("yStart", P), Param("yEnd", P), none]) {
            RuleMark(x: try p($0[0]), yStart: try p($0[1]), yEnd: try p($0[2]), series: try series($0[3]))
        }
        mark("RuleMark", [Param("xStart", P), Param("xEnd", P), Param("y", P), none]) {
            RuleMark(xStart: try p($0[0]), xEnd: try p($0[1]), y: try p($0[2]), series: try series($0[3]))
        }
        let lineStyle = type("LineStyle")
        for style in [LineStyle.solid, .dashed, .dotted] { staticProperty(lineStyle, style.rawValue, native(style)) }
        for name in ["LineMark", "RuleMark"] {
            method(type(name), "lineStyle", [Param(nil, lineStyle)], type(name)) { args in
                let box = try unbox(args[0], MarkBox.self)
                let style = try unbox(args[1], LineStyle.self)
                let styled: any ChartMark
                switch box.mark {
                case let line as LineMark: styled = line.lineStyle(style)
                case let rule as RuleMark: styled = rule.lineStyle(style)
                default: throw BindingError("lineStyle applies to LineMark and RuleMark", id: .chartError)
                }
                let restyled = MarkBox(styled, name: box.name)
                restyled.loc = box.loc
                return native(restyled)
            }
        }
        mark("RectangleMark", [Param("x", P), Param("y", P), Param("value", P)]) {
            RectangleMark(x: try p($0[0]), y: try p($0[1]), value: try p($0[2]))
        }
        mark(
            "RectangleMark",
            [
                Param("matrix", tensor), Param("xLabels", .optional(.array(.string)), .null),
                Param("yLabels", .optional(.array(.string)), .null),
            ]
        ) {
            RectangleMark(
                matrix: try rows(try tensorOf($0[0])), xLabels: try optional($0[1]).map(stringsOf),
                yLabels: try optional($0[2]).map(stringsOf))
        }
        mark(
            "RectangleMark",
            [
                Param("matrix", .array(.array(.double))), Param("xLabels", .optional(.array(.string)), .null),
                Param("yLabels", .optional(.array(.string)), .null),
            ]
        ) {
            guard case .array(let rowValues) = $0[0] else {
                throw BindingError("internal error: matrix", id: .internalError)
            }
            return RectangleMark(
                matrix: try rowValues.map(doublesOf), xLabels: try optional($0[1]).map(stringsOf),
                yLabels: try optional($0[2]).map(stringsOf))
        }
        mark(
            "Histogram",
            [
                Param("values", P), Param("bins", .optional(.int), .null),
                Param("range", .optional(.range(.double, closed: true)), .null), Param("density", .bool, .bool(false)),
                none,
            ]
        ) {
            Histogram(
                values: try p($0[0]), bins: try optional($0[1]).map(intOf),
                range: try optional($0[2]).map(closedRangeOf), density: try boolOf($0[3]), series: try series($0[4]))
        }

        // Modifiers.
        func modify(_ name: String, _ params: [Param], _ body: @escaping (inout Chart, [Value]) throws -> Void) {
            method(chart, name, params, chart) { args in
                var value = try unbox(args[0], ChartValue.self)
                try body(&value.chart, Array(args.dropFirst()))
                return native(value)
            }
        }
        let scale = type("ScaleType")
        staticProperty(scale, "linear", native(ScaleType.linear))
        staticProperty(scale, "log", native(ScaleType.log))
        let legend = type("LegendPosition")
        for (name, value) in [
            ("automatic", LegendPosition.automatic), ("top", .top), ("bottom", .bottom), ("trailing", .trailing),
            ("hidden", .hidden),
        ] {
            staticProperty(legend, name, native(value))
        }
        let domain = Param("domain", .optional(.range(.double, closed: true)), .null)
        let scaleType = Param("type", .optional(scale), .null)
        modify("chartXScale", [domain, scaleType]) { chart, args in
            chart = chart.chartXScale(
                domain: try optional(args[0]).map(closedRangeOf),
                type: try optional(args[1]).map { try unbox($0, ScaleType.self) })
        }
        modify("chartYScale", [domain, scaleType]) { chart, args in
            chart = chart.chartYScale(
                domain: try optional(args[0]).map(closedRangeOf),
                type: try optional(args[1]).map { try unbox($0, ScaleType.self) })
        }
        modify("chartXAxisLabel", [Param(nil, .string)]) { chart, args in
            chart = chart.chartXAxisLabel(try stringOf(args[0]))
        }
        modify("chartYAxisLabel", [Param(nil, .string)]) { chart, args in
            chart = chart.chartYAxisLabel(try stringOf(args[0]))
        }
        modify("chartTitle", [Param(nil, .string)]) { chart, args in chart = chart.chartTitle(try stringOf(args[0])) }
        modify("chartLegend", [Param("position", legend)]) { chart, args in
            chart = chart.chartLegend(position: try unbox(args[0], LegendPosition.self))
        }
        modify("frame", [Param("width", .optional(.double), .null), Param("height", .optional(.double), .null)]) {
            chart, args in
            chart = chart.frame(width: try optional(args[0]).map(doubleOf), height: try optional(args[1]).map(doubleOf))
        }
        method(chart, "svg", [Param("idPrefix", .string)], .string) {
            .string(try renderChart(try unbox($0[0], ChartValue.self), idPrefix: try stringOf($0[1])))
        }

        // Tables.
        let table = type("Table")
        let column = type("Column")
        let columnFormat = type("ColumnFormat")
        staticProperty(columnFormat, "automatic", native(ColumnFormat.automatic))
        staticProperty(columnFormat, "integer", native(ColumnFormat.integer))
        staticMethod(columnFormat, "fixed", [Param(nil, .int)], columnFormat) {
            native(ColumnFormat.fixed(try intOf($0[0])))
        }
        staticMethod(columnFormat, "scientific", [Param(nil, .int)], columnFormat) {
            native(ColumnFormat.scientific(try intOf($0[0])))
        }
        staticMethod(columnFormat, "percent", [Param(nil, .int)], columnFormat) {
            native(ColumnFormat.percent(try intOf($0[0])))
        }
        let formatParam = Param("format", columnFormat, native(ColumnFormat.automatic))
        initializer(column, [Param(nil, .string), Param(nil, .array(.int)), formatParam]) {
            native(Column(try stringOf($0[0]), try intsOf($0[1]), format: try unbox($0[2], ColumnFormat.self)))
        }
        initializer(column, [Param(nil, .string), Param(nil, .array(.string))]) {
            native(Column(try stringOf($0[0]), try stringsOf($0[1])))
        }
        initializer(column, [Param(nil, .string), Param(nil, P), formatParam]) {
            native(Column(try stringOf($0[0]), try p($0[1]), format: try unbox($0[2], ColumnFormat.self)))
        }
        let names = Param("columnNames", .optional(.array(.string)), .null)
        let rowNames = Param("rowNames", .optional(.array(.string)), .null)
        let caption = Param("caption", .optional(.string), .null)
        initializer(table, [Param("matrix", tensor), names, rowNames, formatParam, caption]) {
            try makeTable(try rows(try tensorOf($0[0])), $0[1], $0[2], $0[3], $0[4])
        }
        initializer(table, [Param("matrix", .array(.array(.double))), names, rowNames, formatParam, caption]) {
            guard case .array(let rowValues) = $0[0] else {
                throw BindingError("internal error: matrix", id: .internalError)
            }
            return try makeTable(try rowValues.map(doublesOf), $0[1], $0[2], $0[3], $0[4])
        }
        initializer(table, [Param(nil, tensor), names, rowNames, formatParam, caption]) {
            try makeTable(try rows(try tensorOf($0[0])), $0[1], $0[2], $0[3], $0[4])
        }
        initializer(table, [Param("columns", .array(column)), caption]) {
            guard case .array(let items) = $0[0] else {
                throw BindingError("internal error: columns", id: .internalError)
            }
            return native(
                TableValue(
                    table: Table(
                        columns: try items.map { try unbox($0, Column.self) },
                        caption: try optional($0[1]).map(stringOf))))
        }
        method(table, "html", [], .string) { .string(try unbox($0[0], TableValue.self).table.html()) }
        installBuilders(column: column)
    }

    /// `ChartContentBuilder` and `TableBuilder`, the result builders of `Chart { … }` and
    /// `Table { … }` (FolioCharts declares the same for compiled notes): a component is an
    /// array of marks (`[ChartMark]`, values `MarkBox`) or of columns.
    private func installBuilders(column: ScriptType) {
        let mark = type("ChartMark")
        let chartBuilder = type("ChartContentBuilder")
        for name in MarkCatalog.names {
            staticMethod(chartBuilder, "buildExpression", [Param(nil, type(name))], .array(mark)) { .array([$0[0]]) }
            staticMethod(chartBuilder, "buildExpression", [Param(nil, .array(type(name)))], .array(mark)) { $0[0] }
        }
        installBuilder(chartBuilder, component: .array(mark))
        let tableBuilder = type("TableBuilder")
        staticMethod(tableBuilder, "buildExpression", [Param(nil, column)], .array(column)) { .array([$0[0]]) }
        staticMethod(tableBuilder, "buildExpression", [Param(nil, .array(column))], .array(column)) { $0[0] }
        installBuilder(tableBuilder, component: .array(column))
    }

    /// The methods of a builder whose components are arrays, joined in order.
    private func installBuilder(_ builder: ScriptType, component: ScriptType) {
        func elements(_ value: Value) -> [Value] {
            if case .array(let items) = value { return items }
            return []
        }
        // `buildBlock(_: C...)`: one overload per count of statements in a block.
        for count in 0...Self.builderBlockLimit {
            staticMethod(builder, "buildBlock", Array(repeating: Param(nil, component), count: count), component) {
                .array($0.flatMap(elements))
            }
        }
        staticMethod(builder, "buildOptional", [Param(nil, .optional(component))], component) {
            optional($0[0]) ?? .array([])
        }
        staticMethod(builder, "buildEither", [Param("first", component)], component) { $0[0] }
        staticMethod(builder, "buildEither", [Param("second", component)], component) { $0[0] }
        staticMethod(builder, "buildArray", [Param(nil, .array(component))], component) {
            .array(elements($0[0]).flatMap(elements))
        }
        staticMethod(builder, "buildLimitedAvailability", [Param(nil, component)], component) { $0[0] }
    }

    /// The most statements one block of a `Chart { … }` or `Table { … }` may hold (Swift
    /// Charts' own builder takes ten).
    static let builderBlockLimit = 32
}

func rows(_ t: Tensor) throws -> [[Double]] {
    guard t.rank == 2 else { throw TensorError("a matrix needs a 2-D tensor, got shape \(t.shape)") }
    let scalars = t.scalars
    let columns = t.shape[1]
    return (0..<t.shape[0]).map { Array(scalars[($0 * columns)..<(($0 + 1) * columns)]) }
}

func makeTable(_ matrix: [[Double]], _ names: Value, _ rowNames: Value, _ format: Value, _ caption: Value) throws
    -> Value
{
    native(
        TableValue(
            table: Table(
                matrix: matrix, columnNames: try optional(names).map(stringsOf),
                rowNames: try optional(rowNames).map(stringsOf),
                format: try unbox(format, ColumnFormat.self), caption: try optional(caption).map(stringOf))))
}

/// The chart's SVG, with ids starting with `idPrefix` (`chart.svg(idPrefix:)` in a note).
func renderChart(_ value: ChartValue, idPrefix: String) throws -> String {
    try validateChart(value)
    return try value.chart.svg(idPrefix: idPrefix)
}

/// Throws when the chart cannot be drawn; the error names the first mark that fails, at its
/// line.
func validateChart(_ value: ChartValue) throws {
    do {
        try value.chart.validate()
    } catch let error as ChartError {
        for box in value.marks {
            var single = value.chart
            single.marks = [box.mark]
            do {
                try single.validate()
            } catch let markError as ChartError {
                let message =
                    markError.message.contains(box.name) ? markError.message : "\(box.name): \(markError.message)"
                throw ScriptError(message, id: .chartError, at: box.loc)
            }
        }
        throw BindingError(error.message, id: .chartError)
    }
}

extension Lowerer {
    /// `Chart { … }` and `Table { … }`: the closure goes through the result-builder
    /// transformation with `ChartContentBuilder` (or `TableBuilder`), as Swift Charts'
    /// `@ChartContentBuilder` closures do, and the chart is made of the marks it returns.
    func bindingBuilder(_ typeName: String, arguments: [(label: String?, expr: ExprSyntax)], node: some SyntaxProtocol)
        throws -> Typed?
    {
        guard typeName == "Chart" || typeName == "Table" else { return nil }
        var captionEval: Eval?
        var closureExpr: ClosureExprSyntax?
        for argument in arguments {
            if argument.label == nil, let closure = argument.expr.as(ClosureExprSyntax.self) {
                closureExpr = closure
            } else if typeName == "Table", argument.label == "caption" {
                captionEval = try bindArgument(
                    .typed(try lower(argument.expr, expected: .optional(.string))), argument.expr, .optional(.string))
            } else {
                return nil
            }
        }
        guard let closure = closureExpr else { return nil }
        if let signature = closure.signature, signature.parameterClause != nil {
            throw error("a \(typeName) builder closure takes no parameters", closure, id: .invalidArgument)
        }
        let builderName = typeName == "Chart" ? "ChartContentBuilder" : "TableBuilder"
        guard let builder = ResultBuilderSpec(bound: builderName, in: bindings),
            let element = bindings.boundType(named: typeName == "Chart" ? "ChartMark" : "Column")
        else { throw error(.internalError("\(builderName) is not bound"), closure) }
        let component: ScriptType = .array(element)
        let body = try builtClosure(
            closure, builder: builder,
            expected: .function([], component)
        ).eval
        let at = loc(node)
        // The body runs as the closure it is in Swift, but an error's stack lists the calls the
        // note wrote, and this one it did not.
        let hiddenCall = "called at \(loc(closure).line):\(loc(closure).column)"
        func content(_ frame: Frame) throws -> [Value] {
            guard case .function(let built) = try body(frame) else {
                throw ScriptError(.internalError("\(builderName) built no closure"), at: at)
            }
            let value: Value
            do {
                value = try built.invoke([])
            } catch var error as ScriptError {
                if error.stack.last?.hasSuffix(hiddenCall) == true { error.stack.removeLast() }
                throw error
            }
            guard case .array(let items) = value else {
                throw ScriptError(.internalError("\(builderName) built no array"), at: at)
            }
            return items
        }
        if typeName == "Chart" {
            return Typed(type: bindings.chart) { frame in
                let boxes = try content(frame).compactMap { value -> MarkBox? in
                    guard case .native(let object) = value else { return nil }
                    return (object as? Native<MarkBox>)?.value
                }
                return native(ChartValue(chart: Chart(marks: boxes.map(\.mark)), marks: boxes))
            }
        }
        return Typed(type: bindings.dataTable) { frame in
            let columns = try content(frame).compactMap { value -> Column? in
                guard case .native(let object) = value else { return nil }
                return (object as? Native<Column>)?.value
            }
            let caption = try captionEval.map { try optional($0(frame)).map(stringOf) } ?? nil
            let table = Table(columns: columns, caption: caption)
            try atCall(at) { try table.validate() }
            return native(TableValue(table: table))
        }
    }

    /// A statement of a `Chart { … }` or `Table { … }` that is neither a mark (a column) nor
    /// an array of them, `if`, `for` or `let`: said in the terms of the chart.
    func builderContentError(_ typeName: String, _ name: String, call: FunctionCallExprSyntax) -> ScriptError? {
        let subject: String
        switch typeName {
        case "ChartContentBuilder": subject = "Chart"
        case "TableBuilder": subject = "Table"
        default: return nil
        }
        guard name == "buildExpression", let argument = call.arguments.first?.expression else { return nil }
        let type = (try? lower(argument, expected: nil))?.type.description ?? "this expression"
        let content = subject == "Chart" ? "marks (LineMark, PointMark, …)" : "columns (Column)"
        return error(
            "cannot use a value of type '\(type)' in '\(subject) { … }': its builder, \(typeName), takes \(content), "
                + "arrays of them, 'if', 'for' and 'let'", argument, id: .invalidResultBuilder)
    }

    /// A mark made by `LineMark(…)` and the rest knows where it was written: a chart's error
    /// names the mark at its line.
    func locatedMark(_ typed: Typed, _ typeName: String, node: some SyntaxProtocol) -> Typed {
        guard Bindings.markNames.contains(typeName) else { return typed }
        let eval = typed.eval
        let at = loc(node)
        return Typed(type: typed.type) { frame in
            let value = try eval(frame)
            if case .native(let object) = value, let box = object as? Native<MarkBox> { box.value.loc = at }
            return value
        }
    }

    /// An expression statement: a `Chart` or `Table` becomes an output of the block (a mark
    /// alone is made and dropped).
    func bindingStatement(_ typed: Typed, _ expr: ExprSyntax) -> Exec? {
        guard case .named(let info) = typed.type, info.kind == .builtin else { return nil }
        let eval = typed.eval
        let at = loc(expr)
        let context = self.context
        if info.name == "Chart" {
            return { frame in
                let chart = try unbox(try eval(frame), ChartValue.self)
                try atCall(at) { try validateChart(chart) }
                context.outputs.append(.chart(chart.chart))
                return .normal
            }
        }
        if info.name == "Table" {
            return { frame in
                let table = try unbox(try eval(frame), TableValue.self)
                try atCall(at) { try table.table.validate() }
                context.outputs.append(.table(table.table))
                return .normal
            }
        }
        if Bindings.markNames.contains(info.name) {
            return { frame in
                _ = try eval(frame)
                return .normal
            }
        }
        return nil
    }
}
