import SwiftSyntax

/// Calls of a class's or a protocol's method (`account.deposit(5)` where `account` may be a
/// `Savings`): the method is found from the receiver's type at run time, through an inline
/// cache, and entered as a direct call is (arguments evaluated into the callee's slots, a
/// stack frame when its frames cannot escape).
extension Lowerer {
    /// A method call dispatched on the receiver's dynamic type.
    func dynamicMethodCall(
        _ base: Typed, candidates: [FunctionInfo], arguments: [(label: String?, expr: ExprSyntax)], name: String,
        node: some SyntaxProtocol
    ) throws -> Typed {
        let (method, evals, writebacks) = try resolveCallWithWritebacks(
            candidates, arguments: arguments, name: name, node: node)
        let eval = base.eval
        let context = self.context
        let at = loc(node)
        let cache = DispatchCache(FunctionEntry(info: method, context: context, at: at))
        guard writebacks.isEmpty else {
            // `inout` arguments: their final values are written back to the caller's places.
            return Typed(type: method.returnType) { frame in
                let receiver = try eval(frame)
                let target = cache.entry(for: receiver).info
                var values = [receiver]
                for eval in evals { values.append(try eval.run(frame)) }
                return try runWithSelf(target, values, name: target.name, context: context, at: at) { callee in
                    for writeback in writebacks { try writeback.write(frame, callee.slots[writeback.index + 1]) }
                    return callee.returnValue
                }
            }
        }
        let fill = slotFill(evals, from: 1)
        return Typed(type: method.returnType) { frame in
            let receiver = try eval(frame)
            return try cache.entry(for: receiver).call(receiver: receiver, fill: fill, parent: nil, from: frame)
        }
    }
}

/// The method a call site last dispatched to and the receiver's type it was for: a loop
/// calling a method of the same subclass looks the override up once (an inline cache), not
/// by name at every call.
final class DispatchCache {
    /// The method the call resolves to statically (the receiver's static type's).
    private let method: FunctionEntry
    /// The last receiver type that is not the method's own, and the entry it dispatches to.
    private var type: TypeInfo?
    private var target: FunctionEntry

    init(_ method: FunctionEntry) {
        self.method = method
        target = method
    }

    /// The entry a call with `receiver` runs: the override of the receiver's class, or the
    /// conforming type's implementation of a protocol's requirement.
    @inline(__always)
    func entry(for receiver: Value) -> FunctionEntry {
        guard let dynamic = typeInfo(of: receiver), dynamic !== method.info.owner else { return method }
        if dynamic === type { return target }
        let labels = method.info.labels
        let found = dynamic.method(method.info.name)?.first { $0.labels == labels }
        target = found.map { FunctionEntry(info: $0, context: method.context, at: method.at) } ?? method
        type = dynamic
        return target
    }
}
