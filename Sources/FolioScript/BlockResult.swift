import FolioCharts

/// One `#expect` or `#require` that ran.
public struct CheckResult: Sendable, Equatable {
    /// `#expect` records a failure and goes on; `#require` stops the block.
    public enum Kind: String, Sendable, Equatable {
        /// `#expect` or `#require`.
        case expect, require
    }

    /// Which macro.
    public var kind: Kind
    /// Whether the condition held.
    public var passed: Bool
    /// The condition as written.
    public var expression: String
    /// 1-based line of the check in the file.
    public var line: Int
    /// 1-based column of the check in the file.
    public var column: Int
    /// On failure, each interesting sub-expression and its value, outermost first
    /// (`abs(freq - p).max()` → `0.0071`). Empty when the check passed.
    public var values: [ExpressionValue]
    /// The check's comment argument (`#expect(x < 1, "why")`), if any.
    public var comment: String?

    /// A check result from parts (the interpreter builds these; renderers and tests read them).
    public init(
        kind: Kind, passed: Bool, expression: String, line: Int, column: Int,
        values: [ExpressionValue] = [], comment: String? = nil
    ) {
        self.kind = kind
        self.passed = passed
        self.expression = expression
        self.line = line
        self.column = column
        self.values = values
        self.comment = comment
    }
}

/// A sub-expression of a check and the value it had.
public struct ExpressionValue: Sendable, Equatable {
    /// The sub-expression as written.
    public var expression: String
    /// Its value, formatted as Swift's `description` would.
    public var value: String

    /// A sub-expression and its formatted value.
    public init(expression: String, value: String) {
        self.expression = expression
        self.value = value
    }
}

/// Something a block produced, in order of appearance.
public enum BlockOutput: Sendable, Equatable {
    /// Text written by `print` (consecutive prints are merged).
    case printed(String)
    /// The value of the block's last expression when it is not `Void`, formatted.
    case value(String)
    /// A check that ran.
    case check(CheckResult)
    /// A `Chart` the block evaluated as a statement (or as its last value). It was laid out
    /// once (a chart that cannot be drawn is the block's error instead); the renderer draws it.
    case chart(Chart)
    /// A `Table` the block evaluated as a statement (or as its last value), its columns
    /// checked; the renderer makes its markup.
    case table(Table)
    /// The error that stopped the block (syntax, unsupported construct or runtime).
    case error(Diagnostic)
}

/// Everything one block did.
public struct BlockResult: Sendable, Equatable {
    /// What the block produced, in order.
    public var outputs: [BlockOutput]

    /// A result holding `outputs` (empty: a block that produced nothing).
    public init(outputs: [BlockOutput] = []) {
        self.outputs = outputs
    }

    /// The error that stopped the block, if any.
    public var error: Diagnostic? {
        for case .error(let diagnostic) in outputs { return diagnostic }
        return nil
    }

    /// The checks that ran, in order.
    public var checks: [CheckResult] {
        outputs.compactMap { if case .check(let check) = $0 { check } else { nil } }
    }

    /// Every printed chunk, concatenated.
    public var printedText: String {
        outputs.compactMap { if case .printed(let text) = $0 { text } else { nil } }.joined()
    }
}
