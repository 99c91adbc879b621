import SwiftSyntax

/// `ArraySlice`: what `a[2...]` and `a[i..<j]` give. As in Swift, a slice keeps its base's
/// indices (`a[2...].startIndex == 2`, `firstIndex(of:)` answers an index of the base) and
/// shares its base's elements until one of the two is changed (a slice holds the whole base
/// array, copy on write, and its bounds).
///
/// The type is written in Swift (`arraySliceSource`), a generic struct of the note's kind
/// declared the first time a note slices an array or names `ArraySlice<T>`; what the standard
/// library gives every collection and the struct does not declare is the array's own method,
/// on the slice's elements (`UserSequences.swift`). Slicing, iterating, `Array(s)` and the
/// conversion of a slice where an array is expected are native (`sliceElements`).
extension Lowerer {
    /// Swift's `ArraySlice`, in Swift. `__base` is the whole base array; the methods that answer
    /// or take an index use the base's indices.
    static let arraySliceSource = """
        struct ArraySlice<Element>: Collection, CustomStringConvertible, CustomDebugStringConvertible {
            var __base: [Element]
            var startIndex: Int
            var endIndex: Int
            var count: Int { endIndex - startIndex }
            var isEmpty: Bool { startIndex == endIndex }
            var first: Element? { startIndex < endIndex ? __base[startIndex] : nil }
            var last: Element? { startIndex < endIndex ? __base[endIndex - 1] : nil }
            var indices: Range<Int> { startIndex..<endIndex }
            subscript(position: Int) -> Element {
                get {
                    precondition(position >= startIndex && position < endIndex, "Index out of bounds")
                    return __base[position]
                }
                set {
                    precondition(position >= startIndex && position < endIndex, "Index out of bounds")
                    __base[position] = newValue
                }
            }
            func index(after i: Int) -> Int { i + 1 }
            func index(before i: Int) -> Int { i - 1 }
            func index(_ i: Int, offsetBy distance: Int) -> Int { i + distance }
            func distance(from start: Int, to end: Int) -> Int { end - start }
            func makeIterator() -> AnyIterator<Element> {
                var position = startIndex
                let base = __base
                let end = endIndex
                return AnyIterator {
                    guard position < end else { return nil }
                    position += 1
                    return base[position - 1]
                }
            }
            func firstIndex(where predicate: (Element) -> Bool) -> Int? {
                var position = startIndex
                while position < endIndex {
                    if predicate(__base[position]) { return position }
                    position += 1
                }
                return nil
            }
            func lastIndex(where predicate: (Element) -> Bool) -> Int? {
                var position = endIndex - 1
                while position >= startIndex {
                    if predicate(__base[position]) { return position }
                    position -= 1
                }
                return nil
            }
            func firstIndex(of element: Element) -> Int? where Element: Equatable {
                var position = startIndex
                while position < endIndex {
                    if __base[position] == element { return position }
                    position += 1
                }
                return nil
            }
            func lastIndex(of element: Element) -> Int? where Element: Equatable {
                var position = endIndex - 1
                while position >= startIndex {
                    if __base[position] == element { return position }
                    position -= 1
                }
                return nil
            }
            func dropFirst(_ k: Int = 1) -> ArraySlice<Element> {
                precondition(k >= 0, "Can't drop a negative number of elements from a collection")
                let start = min(startIndex + k, endIndex)
                return ArraySlice<Element>(__base: __base, startIndex: start, endIndex: endIndex)
            }
            func dropLast(_ k: Int = 1) -> ArraySlice<Element> {
                precondition(k >= 0, "Can't drop a negative number of elements from a collection")
                let end = max(endIndex - k, startIndex)
                return ArraySlice<Element>(__base: __base, startIndex: startIndex, endIndex: end)
            }
            func prefix(_ maxLength: Int) -> ArraySlice<Element> {
                precondition(maxLength >= 0, "Can't take a prefix of negative length from a collection")
                let end = min(startIndex + maxLength, endIndex)
                return ArraySlice<Element>(__base: __base, startIndex: startIndex, endIndex: end)
            }
            func suffix(_ maxLength: Int) -> ArraySlice<Element> {
                precondition(maxLength >= 0, "Can't take a suffix of negative length from a collection")
                let start = max(endIndex - maxLength, startIndex)
                return ArraySlice<Element>(__base: __base, startIndex: start, endIndex: endIndex)
            }
            mutating func popFirst() -> Element? {
                guard startIndex < endIndex else { return nil }
                startIndex += 1
                return __base[startIndex - 1]
            }
            mutating func popLast() -> Element? {
                guard startIndex < endIndex else { return nil }
                endIndex -= 1
                return __base[endIndex]
            }
            mutating func removeFirst() -> Element {
                precondition(startIndex < endIndex, "Can't remove items from an empty collection")
                startIndex += 1
                return __base[startIndex - 1]
            }
            mutating func removeLast() -> Element {
                precondition(startIndex < endIndex, "Can't remove last element from an empty collection")
                endIndex -= 1
                return __base[endIndex]
            }
            var __elements: [Element] {
                var elements: [Element] = []
                var position = startIndex
                while position < endIndex {
                    elements.append(__base[position])
                    position += 1
                }
                return elements
            }
            var description: String { "\\(__elements)" }
            var debugDescription: String { "ArraySlice(\\(__elements))" }
            static func == (lhs: ArraySlice<Element>, rhs: ArraySlice<Element>) -> Bool where Element: Equatable {
                lhs.__elements == rhs.__elements
            }
            static func != (lhs: ArraySlice<Element>, rhs: ArraySlice<Element>) -> Bool where Element: Equatable {
                lhs.__elements != rhs.__elements
            }
        }
        """

    /// The `ArraySlice<element>` type, declared and specialized on first use.
    func arraySliceType(of element: ScriptType, node: some SyntaxProtocol) throws -> TypeInfo {
        declareStandardSequence("ArraySlice")
        guard let template = globals.genericTypes["ArraySlice"] else {
            throw error("cannot slice an array of '\(element)' here", node, id: .internalError)
        }
        return try instantiate(template, arguments: [element], node: node)
    }

    /// `a[r]`, `a[i...]`, `a[..<j]`, `a[...]` on an array or a slice: a slice with the base's
    /// indices (a slice's bounds must lie within its own). `nil` for any other subscript.
    func arraySliceSubscript(_ base: Typed, _ subscriptCall: SubscriptCallExprSyntax) throws -> Typed? {
        let element: ScriptType
        let ofSlice: Bool
        if case .array(let type) = base.type {
            element = type
            ofSlice = false
        } else if let type = base.type.arraySliceElement {
            element = type
            ofSlice = true
        } else {
            return nil
        }
        guard subscriptCall.arguments.count == 1, let only = subscriptCall.arguments.first, only.label == nil else {
            return nil
        }
        let bounds: OpenSliceBounds
        if let oneSided = try sliceBounds(only.expression) {
            bounds = oneSided
        } else {
            guard case .range(.int, _) = try lowerTypeOnly(only.expression) else { return nil }
            let range = try lower(only.expression, expected: .range(.int, closed: false))
            let rangeEval = range.eval
            let at = loc(only.expression)
            let parts = { (frame: Frame) throws -> RangeBox in
                guard case .range(let box) = try rangeEval(frame) else { throw mismatch(.void, "Range", at) }
                return box
            }
            bounds = (
                lower: { frame in try intValue(parts(frame).lower, at) },
                upper: { frame in
                    let box = try parts(frame)
                    return try intValue(box.upper, at) + (box.closed ? 1 : 0)
                }
            )
        }
        let info = try arraySliceType(of: element, node: subscriptCall)
        let baseEval = base.eval
        let at = loc(subscriptCall.leftSquare)
        return Typed(type: .named(info)) { frame in
            let value = try baseEval(frame)
            let elements: [Value]
            let start: Int
            let end: Int
            if ofSlice {
                (elements, start, end) = try sliceParts(value, at)
            } else {
                elements = try arrayValue(value, at)
                (start, end) = (0, elements.count)
            }
            let lower = try bounds.lower?(frame) ?? start
            let upper = try bounds.upper?(frame) ?? end
            guard lower >= start, lower <= upper, upper <= end else {
                throw ScriptError(.sliceOutOfRange(lower: lower, upper: upper, count: end), at: at)
            }
            return .record(RecordType(info), [.array(elements), .int(lower), .int(upper)])
        }
    }

    /// The bounds of `..<i`, `...i`, `i...` and `...`; `nil` stands for the start or the end.
    private func sliceBounds(_ expr: ExprSyntax) throws -> OpenSliceBounds? {
        if expr.as(DeclReferenceExprSyntax.self)?.baseName.text == "..." { return (lower: nil, upper: nil) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self),
            prefix.operator.text == "..<" || prefix.operator.text == "..."
        {
            let bound = try argument(prefix.expression, .int).eval
            let closed = prefix.operator.text == "..."
            let at = loc(prefix)
            return (lower: nil, upper: { frame in try intValue(bound(frame), at) + (closed ? 1 : 0) })
        }
        if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            let bound = try argument(postfix.expression, .int).eval
            let at = loc(postfix)
            return (lower: { frame in try intValue(bound(frame), at) }, upper: nil)
        }
        return nil
    }

    /// A slice's elements as an array (`Array(s)`, a slice where an array is expected, and the
    /// array methods a slice does not declare).
    func sliceAsArray(_ slice: Typed) -> Typed? {
        guard let element = slice.type.arraySliceElement else { return nil }
        let eval = slice.eval
        return Typed(type: .array(element)) { frame in
            let value = try eval(frame)
            let (elements, start, end) = try sliceParts(value, SourceLoc(line: 0, column: 0))
            return .array(start == 0 && end == elements.count ? elements : Array(elements[start..<end]))
        }
    }

    /// The bounds of a slice: `lower` and `upper` are `nil` for "from the start" and "to the end".
    typealias OpenSliceBounds = (lower: ((Frame) throws -> Int)?, upper: ((Frame) throws -> Int)?)
}

extension ScriptType {
    /// The element type when this is the standard `ArraySlice<Element>` (see `ArraySlices.swift`).
    var arraySliceElement: ScriptType? {
        guard case .named(let info) = self, info.genericOrigin == "ArraySlice", info.fieldIndex["__base"] != nil
        else { return nil }
        return info.genericArguments.first
    }
}

/// The base array of a slice value and its bounds.
func sliceParts(_ value: Value, _ at: SourceLoc) throws -> ([Value], Int, Int) {
    guard case .record(_, let fields) = value, fields.count == 3, case .array(let elements) = fields[0],
        case .int(let start) = fields[1], case .int(let end) = fields[2]
    else { throw ScriptError(.internalError("not an array slice"), at: at) }
    return (elements, start, end)
}
