import FolioMarkdown
import FolioScript

/// A structural check of a formula's TeX, run by `folio check` and `render` on every `$…$` and
/// `$$…$$`: the mistakes that make KaTeX refuse a formula (the page would show it red, or raw)
/// become errors at their line and column.
///
/// What it checks: braces balance (`\{` and `\}` are literal braces, `%` starts a comment);
/// every `\begin{env}` has its `\end{env}` and they nest; the environment is one KaTeX 0.16
/// knows (the list below is the one Debian's libjs-katex defines); `align`, `gather`,
/// `alignat` and `equation` only in display math, as KaTeX requires; `\left` and `\right` pair
/// up within each group.
///
/// Decision: KaTeX's own parser is not run at check time. Doing so needs a JavaScript engine,
/// and none ships with Swift on Linux (JavaScriptCore is Apple-only); running `node` or
/// Chromium for every formula would add a heavy dependency and seconds to every `check`. The
/// structural rules catch the mistakes that break a whole formula; an unknown command such as
/// `\fracc` still reaches the page, where KaTeX shows it in red, and the browser test
/// (`Tests/FolioCLITests/BrowserTests.swift`) fails on any KaTeX error in the committed site.
enum MathValidator {
    /// The environments KaTeX 0.16 defines.
    static let environments: Set<String> = [
        "array", "darray", "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix",
        "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*", "smallmatrix",
        "subarray", "cases", "dcases", "rcases", "drcases", "align", "align*", "aligned", "split",
        "gathered", "gather", "gather*", "alignat", "alignat*", "alignedat", "equation",
        "equation*", "CD",
    ]

    /// Environments KaTeX accepts in display math only.
    static let displayOnly: Set<String> = [
        "align", "align*", "gather", "gather*", "alignat", "alignat*", "equation", "equation*",
    ]

    /// A problem in a formula: what is wrong, at a byte offset into its TeX.
    struct Problem: Equatable {
        var message: String
        var offset: Int
    }

    /// The problems of `tex`, in the order found (at most one per kind of mistake that breaks
    /// the structure: after an unbalanced brace the rest is not reliable).
    static func problems(in tex: String, display: Bool) -> [Problem] {
        let bytes = Array(tex.utf8)
        var problems: [Problem] = []
        /// Open groups: `{` (environment nil) or `\begin{env}`, with their offsets and the
        /// number of `\left` not yet closed inside them.
        struct Group {
            var environment: String?
            var offset: Int
            var openLefts: [Int] = []
        }
        var groups: [Group] = [Group(environment: nil, offset: -1)]
        var i = 0
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        /// The `{name}` argument at `start` (spaces skipped), and the offset after it.
        func argument(at start: Int) -> (name: String, end: Int)? {
            var j = start
            while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "{") else { return nil }
            var k = j + 1
            while k < bytes.count, bytes[k] != UInt8(ascii: "}"), bytes[k] != UInt8(ascii: "{") { k += 1 }
            guard k < bytes.count, bytes[k] == UInt8(ascii: "}") else { return nil }
            let name = String(decoding: bytes[(j + 1)..<k], as: UTF8.self).trimmingSpaces
            return (name, k + 1)
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "%"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case UInt8(ascii: "{"):
                groups.append(Group(environment: nil, offset: i))
            case UInt8(ascii: "}"):
                guard groups.count > 1, groups[groups.count - 1].environment == nil else {
                    if let environment = groups.last?.environment, groups.count > 1 {
                        problems.append(
                            Problem(message: "'}' closes nothing inside \\begin{\(environment)}", offset: i))
                    } else {
                        problems.append(Problem(message: "unbalanced '}': no '{' opens it", offset: i))
                    }
                    return problems
                }
                let group = groups.removeLast()
                if let left = group.openLefts.first {
                    problems.append(Problem(message: "\\left has no matching \\right in its group", offset: left))
                }
            case UInt8(ascii: "\\"):
                var j = i + 1
                while j < bytes.count, isLetter(bytes[j]) { j += 1 }
                if j == i + 1 {
                    i += 2  // a control symbol: `\{`, `\}`, `\\`, `\%`, `\,` …
                    continue
                }
                let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                switch name {
                case "begin":
                    guard let (environment, end) = argument(at: j) else {
                        problems.append(Problem(message: "\\begin needs an environment name in braces", offset: i))
                        return problems
                    }
                    if !environments.contains(environment) {
                        problems.append(
                            Problem(message: "KaTeX does not know the environment '\(environment)'", offset: i))
                    } else if !display, displayOnly.contains(environment) {
                        problems.append(
                            Problem(
                                message:
                                    "\\begin{\(environment)} works only in display math ($$…$$); use \(environment.hasPrefix("align") ? "aligned" : environment.hasPrefix("gather") ? "gathered" : "no environment") inside $…$",
                                offset: i))
                    }
                    groups.append(Group(environment: environment, offset: i))
                    i = end
                    continue
                case "end":
                    guard let (environment, end) = argument(at: j) else {
                        problems.append(Problem(message: "\\end needs an environment name in braces", offset: i))
                        return problems
                    }
                    guard let open = groups.last, groups.count > 1, open.environment != nil else {
                        if let brace = groups.last, groups.count > 1 {
                            problems.append(
                                Problem(
                                    message: "unbalanced '{': it is still open at \\end{\(environment)}",
                                    offset: brace.offset))
                        } else {
                            problems.append(
                                Problem(message: "\\end{\(environment)} without \\begin{\(environment)}", offset: i))
                        }
                        return problems
                    }
                    if open.environment != environment {
                        problems.append(
                            Problem(
                                message: "\\begin{\(open.environment ?? "")} is ended by \\end{\(environment)}",
                                offset: i))
                        return problems
                    }
                    groups.removeLast()
                    if let left = open.openLefts.first {
                        problems.append(Problem(message: "\\left has no matching \\right in its group", offset: left))
                    }
                    i = end
                    continue
                case "left":
                    groups[groups.count - 1].openLefts.append(i)
                case "right":
                    if groups[groups.count - 1].openLefts.isEmpty {
                        problems.append(Problem(message: "\\right has no matching \\left in its group", offset: i))
                    } else {
                        groups[groups.count - 1].openLefts.removeLast()
                    }
                default:
                    break
                }
                i = j
                continue
            default:
                break
            }
            i += 1
        }
        let outer = groups.removeFirst()
        if let left = outer.openLefts.first {
            problems.append(Problem(message: "\\left has no matching \\right", offset: left))
        }
        if let unclosed = groups.last {
            if let environment = unclosed.environment {
                problems.append(
                    Problem(message: "\\begin{\(environment)} has no \\end{\(environment)}", offset: unclosed.offset))
            } else {
                problems.append(Problem(message: "unbalanced '{': it is never closed", offset: unclosed.offset))
            }
        }
        return problems
    }

    /// Error diagnostics for every formula of `note` whose TeX KaTeX would refuse, at the
    /// offending character.
    static func diagnostics(for note: Note, path: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for math in note.displayMath {
            for problem in problems(in: math.tex, display: true) {
                out.append(diagnostic(problem, tex: math.tex, at: math.location, delimiter: 2, path: path))
            }
        }
        for math in note.inlineFormulas {
            for problem in problems(in: math.tex, display: false) {
                out.append(diagnostic(problem, tex: math.tex, at: math.location, delimiter: 1, path: path))
            }
        }
        return out
    }

    /// The diagnostic of `problem`: the TeX starts `delimiter` bytes after `location`; on a
    /// later line of the formula the column counts from the line's start.
    static func diagnostic(
        _ problem: Problem, tex: String, at location: FolioMarkdown.SourceLocation, delimiter: Int, path: String
    ) -> Diagnostic {
        let before = Array(tex.utf8).prefix(problem.offset)
        let lineBreaks = before.filter { $0 == UInt8(ascii: "\n") }.count
        let line = location.line + lineBreaks
        let column: Int
        if let lastBreak = before.lastIndex(of: UInt8(ascii: "\n")) {
            column = problem.offset - lastBreak
        } else {
            column = location.column + delimiter + problem.offset
        }
        return Diagnostic(
            .error, "math: \(problem.message) (KaTeX would refuse this formula)", file: path, line: line,
            column: column)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
