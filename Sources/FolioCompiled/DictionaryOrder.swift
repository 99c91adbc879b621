/// Printing a dictionary is the one place where the two engines differ by design: the
/// interpreter's dictionaries keep their insertion order, and it prints them in that order;
/// Swift's `Dictionary` prints in hash order, which depends on the hashing seed (random per
/// process unless `SWIFT_DETERMINISTIC_HASHING` is set, as `folio` sets it for the programs it
/// runs). No compiled program can print a Swift dictionary in insertion order, so the
/// comparison recognises the case instead of hiding it: two texts that become equal when the
/// entries of every dictionary in them are sorted are the same dictionaries in another order,
/// and `check --compiled` reports the block with a note saying so (never silently). A text whose
/// dictionaries differ in a key or a value stays a difference.
///
/// A dictionary is recognised in the form `description` gives it: `[k: v, k: v]` or `[:]`,
/// where every top-level element has a `: ` outside strings, parentheses and inner brackets.
/// An array (`[1, 2]`, `[Point(x: 1)]`, `[(a: 1, b: 2)]`) keeps its order. A `Set` prints as
/// an array does, so a set in another order cannot be told from a reordered array: it stays a
/// difference, explained by ``explanation(interpreted:compiled:)``.
enum DictionaryOrder {
    /// Whether `a` and `b` differ, but only in the order of the entries of their dictionaries.
    static func sameUpToDictionaryOrder(_ a: String, _ b: String) -> Bool {
        a != b && canonical(a, sortingArrays: false) == canonical(b, sortingArrays: false)
    }

    /// Why two different texts may differ without a bug in either engine, when they are the
    /// same elements or the same lines in another order (a `Set` printed, or a dictionary or
    /// set iterated): `nil` when they are not.
    static func explanation(interpreted a: String, compiled b: String) -> String? {
        guard a != b else { return nil }
        if canonical(a, sortingArrays: true) == canonical(b, sortingArrays: true) {
            return "the same elements in another order: if this is a Set, Swift prints it in hash order and the "
                + "interpreter in insertion order (see \"What may differ\" in README.md); print it sorted"
        }
        let lines = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).sorted() }
        if lines(a) == lines(b) {
            return "the same lines in another order: iterating a Dictionary or Set follows Swift's hash order in "
                + "the compiled program and insertion order in the interpreter; iterate the keys sorted"
        }
        return nil
    }

    /// `text` with the entries of every dictionary sorted (and, with `sortingArrays`, the
    /// elements of every array too), recursively.
    static func canonical(_ text: String, sortingArrays: Bool) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "[", let close = matchingClose(characters, from: index) {
                out += bracket(Array(characters[(index + 1)..<close]), sortingArrays: sortingArrays)
                index = close + 1
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return out
    }

    /// The canonical form of a bracketed list whose contents are `inner`.
    private static func bracket(_ inner: [Character], sortingArrays: Bool) -> String {
        if String(inner) == ":" { return "[:]" }
        let elements = topLevelElements(inner).map { canonical(String($0), sortingArrays: sortingArrays) }
        let isDictionary = !elements.isEmpty && elements.allSatisfy { hasTopLevelColon(Array($0)) }
        let ordered = isDictionary || sortingArrays ? elements.sorted() : elements
        return "[" + ordered.joined(separator: ", ") + "]"
    }

    /// The index of the bracket closing the one at `open`, skipping nested brackets,
    /// parentheses and string literals; `nil` when it is not closed.
    private static func matchingClose(_ characters: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < characters.count {
            switch characters[index] {
            case "\"":
                guard let end = stringEnd(characters, from: index) else { return nil }
                index = end
            case "[", "(": depth += 1
            case "]", ")":
                depth -= 1
                if depth == 0 { return characters[index] == "]" ? index : nil }
                if depth < 0 { return nil }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index of the quote closing the string literal opened at `open` (`\` escapes).
    private static func stringEnd(_ characters: [Character], from open: Int) -> Int? {
        var index = open + 1
        while index < characters.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index] == "\"" { return index }
            index += 1
        }
        return nil
    }

    /// The elements of a list's contents, split at the `, ` that are outside strings and
    /// nested brackets or parentheses.
    private static func topLevelElements(_ inner: [Character]) -> [[Character]] {
        var elements: [[Character]] = []
        var current: [Character] = []
        var depth = 0
        var index = 0
        while index < inner.count {
            let character = inner[index]
            if character == "\"", let end = stringEnd(inner, from: index) {
                current += inner[index...end]
                index = end + 1
                continue
            }
            switch character {
            case "[", "(": depth += 1
            case "]", ")": depth -= 1
            default: break
            }
            if depth == 0, character == ",", index + 1 < inner.count, inner[index + 1] == " " {
                elements.append(current)
                current = []
                index += 2
                continue
            }
            current.append(character)
            index += 1
        }
        if !current.isEmpty || !elements.isEmpty { elements.append(current) }
        return elements
    }

    /// Whether `element` is `key: value`: a `: ` outside strings, brackets and parentheses.
    private static func hasTopLevelColon(_ element: [Character]) -> Bool {
        var depth = 0
        var index = 0
        while index < element.count {
            let character = element[index]
            if character == "\"", let end = stringEnd(element, from: index) {
                index = end + 1
                continue
            }
            switch character {
            case "[", "(": depth += 1
            case "]", ")": depth -= 1
            case ":" where depth == 0 && index + 1 < element.count && element[index + 1] == " ": return true
            default: break
            }
            index += 1
        }
        return false
    }
}
