/// A place's path made only of array subscripts, stored properties and tuple elements, with at
/// most two subscripts: `bodies[i].vx`, `c[i][j]`, `self.left`, `p.0`, the paths of nearly
/// every assignment in a numeric loop.
///
/// The general path (`resolve`, then `modifyPath`) builds an array of resolved steps on every
/// execution; this one evaluates its subscripts into a pair of integers and walks its steps by
/// position, so an update such as `bodies[i].vx -= dx * mj` allocates nothing. The semantics
/// are the general path's: subscripts are evaluated before the operand, bounds are checked, and
/// arrays and structs are modified in place when uniquely referenced (copied when shared).
struct PlainPath {
    enum Step {
        /// An array subscript: the first or second evaluated index.
        case index(Int)
        case field(Int)
        case tupleElement(Int)
    }

    let steps: [Step]
    /// The subscripts' expressions, in the order they are written (and evaluated); fields, not
    /// an array, whose elements would be called through reabstraction thunks; called through
    /// `UnretainedBox` (binding the optional closure retained its context at every update).
    private let firstSubscript: UnretainedBox<IntBodyBox>
    private let secondSubscript: UnretainedBox<IntBodyBox>

    /// The plain form of `path`, or nil when it has a key, an unwrap, an accessor, an observed
    /// property, or more than two subscripts.
    init?(_ path: [Lowerer.PathStep]) {
        var steps: [Step] = []
        var first: IntEval?
        var second: IntEval?
        for step in path {
            switch step {
            case .index(let eval):
                if first == nil {
                    steps.append(.index(0))
                    first = eval
                } else if second == nil {
                    steps.append(.index(1))
                    second = eval
                } else {
                    return nil
                }
            case .field(let index): steps.append(.field(index))
            case .tupleElement(let index): steps.append(.tupleElement(index))
            case .key, .keyDefault, .unwrap, .chainUnwrap, .accessor, .observed: return nil
            }
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
        firstSubscript = UnretainedBox(first.map(IntBodyBox.init))
        secondSubscript = UnretainedBox(second.map(IntBodyBox.init))
    }

    /// The subscripts' values, in order.
    @inline(__always)
    func indices(_ frame: Frame, at: SourceLoc) throws -> (Int, Int) {
        guard let firstSubscript = firstSubscript.ref else { return (0, 0) }
        let first = try firstSubscript._withUnsafeGuaranteedRef { try $0.run(frame) }
        guard let secondSubscript = secondSubscript.ref else { return (first, 0) }
        return (first, try secondSubscript._withUnsafeGuaranteedRef { try $0.run(frame) })
    }

    /// Applies `body` to the place inside `container`.
    func modify(
        _ container: inout Value, _ indices: (Int, Int), at: SourceLoc, _ body: (inout Value) throws -> Value
    ) throws -> Value {
        try modify(&container, from: 0, indices, at: at, body)
    }

    private func modify(
        _ container: inout Value, from position: Int, _ indices: (Int, Int), at: SourceLoc,
        _ body: (inout Value) throws -> Value
    ) throws -> Value {
        guard position < steps.count else { return try body(&container) }
        let next = position + 1
        switch steps[position] {
        case .index(let which):
            return try modifyArrayElement(&container, which == 0 ? indices.0 : indices.1, at: at) {
                try modify(&$0, from: next, indices, at: at, body)
            }
        case .field(let index):
            return try modifyStoredField(&container, index, at: at) {
                try modify(&$0, from: next, indices, at: at, body)
            }
        case .tupleElement(let index):
            return try modifyTupleElement(&container, index, at: at) {
                try modify(&$0, from: next, indices, at: at, body)
            }
        }
    }
}

extension PlainPath {
    /// Applies `body` to the place inside `container`, reached where it is stored: no array or
    /// struct is moved out of its `Value` and back (see `ValuePayload`); a shared one is still
    /// copied first (the array subscript's own copy on write), and errors are `modify`'s.
    ///
    /// Only for a `body` that runs no note code and releases no object (a scalar's update):
    /// the containers stay reachable from their variable while `body` runs, where `modify`
    /// moves them out and would hide them.
    func updateScalar(
        _ container: inout Value, _ indices: (Int, Int), at: SourceLoc, _ body: (inout Value) throws -> Void
    ) throws {
        guard ValuePayload.isAvailable else {
            _ = try modify(&container, indices, at: at) { place in
                try body(&place)
                return .void
            }
            return
        }
        try update(&container, indices, at: at, body)
    }

    /// Walks the steps from `container` to the place, by address: each array or struct on the
    /// way is made unique (copied when shared) and its element's address taken; the addresses
    /// stay valid until `body` returns because nothing else runs in between (see above).
    private func update(
        _ container: inout Value, _ indices: (Int, Int), at: SourceLoc,
        _ body: (inout Value) throws -> Void
    ) throws {
        try withUnsafeMutablePointer(to: &container) { root in
            var place = root
            // (By position: iterating the array itself retains it at every update.)
            for position in 0..<steps.count {
                switch steps[position] {
                case .index(let which):
                    guard case .array = place.pointee else { throw mismatch(place.pointee, "Array", at) }
                    let index = which == 0 ? indices.0 : indices.1
                    let count = place.arrayPayload.pointee.count
                    guard index >= 0, index < count else {
                        throw ScriptError(.indexOutOfRange(index: index, count: count), at: at)
                    }
                    place = Self.address(of: index, in: place.arrayPayload)
                case .field(let index):
                    if case .record = place.pointee {
                        place = Self.address(of: index, in: place.recordFieldsPayload)
                    } else if case .object(let object) = place.pointee {
                        // The object stays alive: `container` holds it until `body` returns.
                        place = object.fieldAddress(index)
                    } else {
                        throw mismatch(place.pointee, "struct", at)
                    }
                case .tupleElement(let index):
                    guard case .tuple = place.pointee else { throw mismatch(place.pointee, "tuple", at) }
                    place = Self.address(of: index, in: place.tupleElementsPayload)
                }
            }
            try body(&place.pointee)
        }
    }

    /// The address of `elements[index]` after making `elements` unique (its buffer then stays
    /// where it is until `elements` is next modified).
    @inline(__always)
    private static func address(of index: Int, in elements: UnsafeMutablePointer<[Value]>) -> UnsafeMutablePointer<
        Value
    > {
        elements.pointee.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped } + index
    }
}

/// `counts[word, default: 0] += 1`, `d[k] = v`: a place that is one dictionary entry of a
/// variable, updated with the key hashed once (twice for a new key) and no step list built.
/// The `default:` value is evaluated only when the key is absent, as Swift's autoclosure is.
struct KeyedPlace {
    let key: Eval
    /// `default:`'s expression; nil for `d[k]`, whose place is an optional.
    let fallback: Eval?

    /// The keyed form of `path`, or nil when it is not a single dictionary subscript.
    init?(_ path: [Lowerer.PathStep]) {
        guard path.count == 1 else { return nil }
        switch path[0] {
        case .key(let key): (self.key, fallback) = (key, nil)
        case .keyDefault(let key, let fallback): (self.key, self.fallback) = (key, fallback)
        default: return nil
        }
    }

    /// Applies `body` to the entry for `key` in the dictionary `container`.
    func modify(
        _ container: inout Value, key: Value, frame: Frame, at: SourceLoc, _ body: (inout Value) throws -> Value
    ) throws -> Value {
        guard case .dictionary(var box) = container else { throw mismatch(container, "Dictionary", at) }
        container = .void
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        defer { container = .dictionary(box) }
        if let fallback {
            return try box.update(key) { slot in
                var current = try slot.take() ?? fallback(frame)  // moved: `current` is its only owner
                defer { slot = current }
                return try body(&current)
            }
        }
        return try box.update(key) { slot in
            var current: Value = slot.take().map { .some($0) } ?? .null
            defer { slot = current.wrapped }
            return try body(&current)
        }
    }
}
