import FolioCharts
import FolioRuntime
import FolioScript

/// One block whose compiled output differs from the interpreter's.
public struct BlockDifference: Sendable, Equatable, CustomStringConvertible {
    /// The note's path.
    public var path: String
    /// The block's index in the note (inline expressions: `NoteProgram.inlineKeyOffset + i`).
    public var block: Int
    /// Where the block is reported: its fence line (an inline expression's own line).
    public var line: Int
    /// The column there.
    public var column: Int
    /// Which output differs (`printed text`, `check 2`, `value`, …).
    public var what: String
    /// The interpreter's version.
    public var interpreted: String
    /// The compiled program's version.
    public var compiled: String
    /// Why the two may differ without a bug in either engine (elements or lines in hash
    /// order), when the comparison sees such a cause; still an error.
    public var explanation: String?

    /// A difference from parts.
    public init(
        path: String, block: Int, line: Int, column: Int, what: String, interpreted: String, compiled: String,
        explanation: String? = nil
    ) {
        self.path = path
        self.block = block
        self.line = line
        self.column = column
        self.what = what
        self.interpreted = interpreted
        self.compiled = compiled
        self.explanation = explanation
    }

    /// `path:line:col: error: …` and both versions, indented.
    public var description: String {
        "\(path):\(line):\(column): error: the compiled note's \(what) differs from the interpreter's\n"
            + Self.versions(interpreted, compiled) + (explanation.map { "\n  possible cause: \($0)" } ?? "")
    }

    /// Both engines' versions of an output, one labelled line each, continuation lines indented
    /// under the first (shared by ``DictionaryOrderNote``).
    static func versions(_ interpreted: String, _ compiled: String) -> String {
        "  interpreter: \(indent(interpreted))\n  compiled:    \(indent(compiled))"
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n               ")
    }
}

/// A block whose outputs match once the entries of the dictionaries it prints are sorted: the
/// interpreter prints a dictionary in insertion order, Swift in hash order (DictionaryOrder.swift).
/// Not an error, but always reported, with both texts, so that the normalisation is never silent.
public struct DictionaryOrderNote: Sendable, Equatable, CustomStringConvertible {
    /// The note's path.
    public var path: String
    /// The block's fence line (an inline expression's own line).
    public var line: Int
    /// The column there.
    public var column: Int
    /// Which output was compared with sorted entries (`printed text`, `displayed value`).
    public var what: String
    /// The interpreter's version.
    public var interpreted: String
    /// The compiled program's version.
    public var compiled: String

    /// A note from parts.
    public init(path: String, line: Int, column: Int, what: String, interpreted: String, compiled: String) {
        self.path = path
        self.line = line
        self.column = column
        self.what = what
        self.interpreted = interpreted
        self.compiled = compiled
    }

    /// `path:line:col: note: …` and both versions.
    public var description: String {
        "\(path):\(line):\(column): note: the compiled note's \(what) prints the same dictionaries with their "
            + "entries in another order (Swift's hash order; the interpreter keeps insertion order), so it was "
            + "compared with each dictionary's entries sorted\n" + BlockDifference.versions(interpreted, compiled)
    }
}

/// An output of a block in the form both engines can give it: printed text merged as the
/// interpreter merges it, checks with the values a failed check shows (the compiled program
/// records only a comparison's operands: see ``matches(_:)``), an error reduced to the fact
/// that the block stopped (the two engines word errors differently), and charts and tables as
/// the page would show them (drawn with the same ids): what a reader sees is what must match,
/// and drawn text compares NaN gaps as equal where the values' `==` would not.
enum ComparableOutput: Equatable {
    case printed(String)
    case value(String)
    case check(RecordedCheck)
    /// A chart's SVG.
    case chart(String)
    /// A table's HTML.
    case table(String)
    case error(String)
    /// An error the compiled program threw and did not catch, as `String(reflecting:)` gives
    /// it (the module named as the interpreter names it).
    case thrown(String)

    var kindName: String {
        switch self {
        case .printed: "printed text"
        case .value: "displayed value"
        case .check: "check"
        case .chart: "chart"
        case .table: "table"
        case .error, .thrown: "error"
        }
    }

    /// Equal as the comparison sees them: errors match whatever their wording; a failed check's
    /// values are compared for the sub-expressions the compiled program records (the operands
    /// of a comparison) against the interpreter's values of the same text, and the
    /// interpreter's other sub-expressions are not compared.
    func matches(_ other: ComparableOutput) -> Bool {
        if case .error = self, case .error = other { return true }
        // A thrown error's text is compared: the interpreter shows a library error's
        // description as it is, and an error of the note's own types after
        // `error thrown and not caught: `.
        if case .error(let message) = self, case .thrown(let text) = other {
            return message == text || message == "error thrown and not caught: " + text
        }
        if case .thrown = self, case .error = other { return other.matches(self) }
        if case .check(var left) = self, case .check(var right) = other {
            let interpreted = left.values ?? []
            let compiled = right.values ?? []
            left.values = nil
            right.values = nil
            guard left == right else { return false }
            return compiled.allSatisfy { value in
                interpreted.first { $0.expression == value.expression }.map { $0.value == value.value } ?? true
            }
        }
        return self == other
    }

    var shown: String {
        switch self {
        case .printed(let text), .value(let text): Self.excerpt(text)
        case .check(let check):
            "#\(check.macro)(\(check.expression)) at \(check.line):\(check.column) \(check.passed ? "passed" : "failed")"
                + (check.comment.map { " — \($0)" } ?? "")
                + (check.values ?? []).map { "\n\($0.expression) → \($0.value)" }.joined()
        case .chart(let svg): "chart, \(svg.utf8.count) bytes of SVG: " + Self.excerpt(svg)
        case .table(let html): "table: " + Self.excerpt(html)
        case .error(let message), .thrown(let message): "stopped with an error: " + Self.excerpt(message)
        }
    }

    static func excerpt(_ text: String) -> String {
        let limit = 600
        return text.count <= limit ? debug(text) : debug(String(text.prefix(limit))) + "…"
    }

    private static func debug(_ text: String) -> String { text.debugDescription }

    /// The texts of two outputs of the same kind that are text (printed text, values).
    static func texts(_ a: ComparableOutput, _ b: ComparableOutput) -> (interpreted: String, compiled: String)? {
        switch (a, b) {
        case (.printed(let x), .printed(let y)), (.value(let x), .value(let y)): (x, y)
        default: nil
        }
    }

    /// The interpreter's outputs of one block.
    static func from(_ result: BlockResult) -> [ComparableOutput] {
        var outputs: [ComparableOutput] = []
        for output in result.outputs {
            switch output {
            case .printed(let text): outputs.append(.printed(text))
            case .value(let text): outputs.append(.value(text))
            case .check(let check):
                outputs.append(
                    .check(
                        RecordedCheck(
                            macro: check.kind.rawValue, passed: check.passed, expression: check.expression,
                            line: check.line, column: check.column, comment: check.comment,
                            values: check.values.isEmpty
                                ? nil : check.values.map { RecordedValue(expression: $0.expression, value: $0.value) }
                        )))
            case .chart(let chart): outputs.append(drawn(chart))
            case .table(let table): outputs.append(drawn(table))
            case .error(let diagnostic): outputs.append(.error(diagnostic.message))
            }
        }
        return merged(outputs)
    }

    /// The compiled program's outputs of one block. `moduleName` is the program's module,
    /// which `String(reflecting:)` names where the interpreter names `Conformance`.
    static func from(_ records: [RecordedOutput], moduleName: String) -> [ComparableOutput] {
        var outputs: [ComparableOutput] = []
        func normalized(_ text: String) -> String {
            text.replacingOccurrences(of: moduleName + ".", with: "Conformance.")
        }
        for record in records {
            switch record.kind {
            case .begin, .end: break
            case .printed: outputs.append(.printed(normalized(record.text)))
            case .value: outputs.append(.value(normalized(record.text)))
            case .check:
                guard var check = record.check else { continue }
                check.values = check.values?.map {
                    RecordedValue(expression: $0.expression, value: normalized($0.value))
                }
                outputs.append(.check(check))
            case .chart: outputs.append(record.chart.map(drawn) ?? .error("a chart record without its chart"))
            case .table: outputs.append(record.table.map(drawn) ?? .error("a table record without its table"))
            case .error: outputs.append(.error(record.text))
            }
        }
        return merged(outputs)
    }

    /// A chart as the page draws it (an undrawable one as the error it is).
    static func drawn(_ chart: Chart) -> ComparableOutput {
        do { return .chart(try chart.svg(idPrefix: "chart")) } catch { return .error("\(error)") }
    }

    /// A table as the page shows it.
    static func drawn(_ table: Table) -> ComparableOutput {
        do { return .table(try table.html()) } catch { return .error("\(error)") }
    }

    /// Consecutive printed chunks as one (the interpreter merges them as it prints).
    static func merged(_ outputs: [ComparableOutput]) -> [ComparableOutput] {
        var result: [ComparableOutput] = []
        for output in outputs {
            if case .printed(let text) = output, case .printed(let previous)? = result.last {
                result[result.count - 1] = .printed(previous + text)
            } else {
                result.append(output)
            }
        }
        return result
    }
}

/// Compares one block's outputs under both engines: the first output that differs, or a
/// missing or extra one, is the difference reported. Printed text and displayed values that
/// differ only in the order of dictionary entries match, and are listed as `reordered`.
enum BlockComparison {
    /// A difference: which output, both versions, and a possible cause.
    struct Difference: Equatable {
        var what: String
        var interpreted: String
        var compiled: String
        var explanation: String?
    }

    /// What the comparison of one block found.
    struct Outcome: Equatable {
        /// The first difference, if any.
        var difference: Difference?
        /// Outputs that matched with their dictionaries' entries sorted: which, and both versions.
        var reordered: [(what: String, interpreted: String, compiled: String)] = []

        static func == (a: Outcome, b: Outcome) -> Bool {
            a.difference == b.difference
                && a.reordered.map { [$0.what, $0.interpreted, $0.compiled] }
                    == b.reordered.map { [$0.what, $0.interpreted, $0.compiled] }
        }
    }

    static func compare(interpreted: [ComparableOutput], compiled: [ComparableOutput]) -> Outcome {
        var outcome = Outcome()
        let checkNumber = { (outputs: [ComparableOutput], index: Int) -> Int in
            outputs[..<index].filter { if case .check = $0 { true } else { false } }.count + 1
        }
        for index in 0..<max(interpreted.count, compiled.count) {
            let left = index < interpreted.count ? interpreted[index] : nil
            let right = index < compiled.count ? compiled[index] : nil
            if let left, let right, left.matches(right) { continue }
            var explanation: String?
            if let left, let right, let texts = ComparableOutput.texts(left, right) {
                if DictionaryOrder.sameUpToDictionaryOrder(texts.interpreted, texts.compiled) {
                    outcome.reordered.append((left.kindName, left.shown, right.shown))
                    continue
                }
                explanation = DictionaryOrder.explanation(interpreted: texts.interpreted, compiled: texts.compiled)
            }
            var what = (left ?? right)?.kindName ?? "output"
            if case .check? = left ?? right { what += " \(checkNumber(left != nil ? interpreted : compiled, index))" }
            outcome.difference = Difference(
                what: what, interpreted: left?.shown ?? "(nothing)", compiled: right?.shown ?? "(nothing)",
                explanation: explanation)
            return outcome
        }
        return outcome
    }

    static func difference(
        interpreted: [ComparableOutput], compiled: [ComparableOutput]
    ) -> Difference? {
        compare(interpreted: interpreted, compiled: compiled).difference
    }
}
