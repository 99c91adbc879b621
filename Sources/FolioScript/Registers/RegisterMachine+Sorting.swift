/// `sorted(by:)` and `sort(by:)` in register form (`RegisterSortComparator`).
extension RegisterFunction {
    /// The array in `slot` sorted by `comparator`, as the closures sort it: `Int`s and
    /// `Double`s as what they are (the lowering's `sortScalars`), structs as values, with the
    /// standard library's sort, so the comparisons, and the order of equal elements, are the
    /// same.
    func sortElements(
        _ slot: UnsafeMutablePointer<Value>, _ comparator: RegisterSortComparator, _ r: UnsafeMutablePointer<Int>,
        _ s: UnsafeMutablePointer<Value>, at: SourceLoc
    ) throws {
        guard case .array(var values) = slot.pointee else { throw mismatch(slot.pointee, "Array", at) }
        slot.pointee = .void
        defer { slot.pointee = .array(values) }
        let first = Int(comparator.first)
        switch comparator.element {
        case .double:
            var scalars = try values.map { try doubleValue($0, at) }
            try sort(&scalars, comparator, r, s) { x, y in
                r[first] = Self.bits(x)
                r[first &+ 1] = Self.bits(y)
            }
            values = scalars.map { .double($0) }
        case .int:
            var scalars = try values.map { try intValue($0, at) }
            try sort(&scalars, comparator, r, s) { x, y in
                r[first] = x
                r[first &+ 1] = y
            }
            values = scalars.map { .int($0) }
        default:
            let width = Int(comparator.element.width)
            try values.sort { x, y in
                var x = x
                var y = y
                try Self.unpackFields(&x, into: r + first, width, at)
                try Self.unpackFields(&y, into: r + first + width, width, at)
                return try compare(comparator, r, s)
            }
        }
    }

    /// `scalars` sorted by the standard comparison `comparator` names, or by its subroutine
    /// after `load` puts the two scalars in its registers.
    private func sort<Scalar: Comparable>(
        _ scalars: inout [Scalar], _ comparator: RegisterSortComparator, _ r: UnsafeMutablePointer<Int>,
        _ s: UnsafeMutablePointer<Value>, load: (Scalar, Scalar) -> Void
    ) throws {
        if let order = comparator.order { return order.sort(&scalars) }
        try scalars.sort { x, y in
            load(x, y)
            return try compare(comparator, r, s)
        }
    }

    /// Whether the comparator's subroutine orders the elements in its registers: a call of the
    /// closure, as `FunctionEntry.prologue` makes one (one deeper, the clock, the stack trace).
    @inline(__always)
    private func compare(
        _ comparator: RegisterSortComparator, _ r: UnsafeMutablePointer<Int>, _ s: UnsafeMutablePointer<Value>
    ) throws -> Bool {
        try context._withUnsafeGuaranteedRef { context in
            context.depth &+= 1
            defer { context.depth &-= 1 }
            if context.depth > context.maxDepth { throw FunctionEntry.depthExceeded(in: context, at: comparator.at) }
            try context.tick(comparator.at)
            do {
                return try run(r, s, from: comparator.entry) != 0
            } catch {
                throw FunctionEntry.traced(error, name: "closure", at: comparator.at)
            }
        }
    }
}
