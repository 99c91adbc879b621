/// Reads of a stored property of the value held in a variable (`p.x`, or `x` inside a method,
/// where the variable is `self`), in place: the struct or object is not copied out of its
/// slot first, and a `Double` or `Int` property has its unboxed path.
///
/// A variable of the current frame is addressed directly (`CurrentFrameSlot`), one of an
/// enclosing frame through its address closure: the generic read is specialized for each.
extension Lowerer {
    /// The stored property `field` (of type `type`) of the value in `variable`.
    func fieldRead(of variable: Variable, field: Int, type: ScriptType, at: SourceLoc) -> Typed {
        if let slot = localSlot(of: variable) { return fieldRead(CurrentFrameSlot(slot: slot), field, type, at) }
        return fieldRead(SlotAddress(address: address(variable)), field, type, at)
    }

    private func fieldRead<Locator: SlotLocator>(_ locator: Locator, _ field: Int, _ type: ScriptType, _ at: SourceLoc)
        -> Typed
    {
        var typed = Typed(type: type) { frame in try fieldValue(in: locator.pointer(frame), field, at) }
        switch type {
        case .double:
            typed.double = { frame in try doubleValue(try fieldValue(in: locator.pointer(frame), field, at), at) }
        case .int:
            typed.int = { frame in try intValue(try fieldValue(in: locator.pointer(frame), field, at), at) }
        default: break
        }
        return typed
    }
}

/// Where a variable's slot is, given the frame the code runs in.
protocol SlotLocator {
    func pointer(_ frame: Frame) -> UnsafeMutablePointer<Value>
}

/// A slot of the frame the code runs in.
struct CurrentFrameSlot: SlotLocator {
    let slot: Int

    @inline(__always)
    func pointer(_ frame: Frame) -> UnsafeMutablePointer<Value> { frame.slots + slot }
}

/// A slot of an enclosing frame (or a global), found by the variable's address closure.
struct SlotAddress: SlotLocator {
    let address: (Frame) -> UnsafeMutablePointer<Value>

    @inline(__always)
    func pointer(_ frame: Frame) -> UnsafeMutablePointer<Value> { address(frame) }
}
