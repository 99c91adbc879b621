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
                let target = cache.entry(for: receiver)._withUnsafeGuaranteedRef { $0.entry.info }
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
            return try cache.entry(for: receiver)._withUnsafeGuaranteedRef {
                try $0.entry.call(receiver: receiver, fill: fill, parent: nil, from: frame)
            }
        }
    }
}

/// The method a call site last dispatched to and the receiver's type it was for: a loop
/// calling a method of the same subclass looks the override up once (an inline cache), not
/// by name at every call.
///
/// Its entries are objects a call borrows where they are stored (`entry(for:)` gives them
/// unretained): returning a `FunctionEntry` copied it, retaining and releasing its function
/// and context on every call (a third of `methods`' `bank` was reference counting). Every
/// entry the cache made is kept as long as the cache, so one stays alive while a call that
/// borrowed it runs, even when a nested call moves the cache to another type.
final class DispatchCache {
    /// A `FunctionEntry` in an object of its own.
    final class Entry {
        let entry: FunctionEntry

        init(_ entry: FunctionEntry) { self.entry = entry }
    }

    /// The method the call resolves to statically (the receiver's static type's).
    private let method: Entry
    /// The last receiver type that is not the method's own, and the entry it dispatches to.
    private var type: TypeInfo?
    private var target: Entry
    /// Every entry made for a receiver type (a handful: the subclasses a site sees).
    private var made: [Entry] = []

    init(_ method: FunctionEntry) {
        self.method = Entry(method)
        target = self.method
    }

    /// The entry a call with `receiver` runs (unretained: the cache keeps it): the override of
    /// the receiver's class, or the conforming type's implementation of a protocol's
    /// requirement.
    @inline(__always)
    func entry(for receiver: Value) -> Unmanaged<Entry> {
        guard let dynamic = typeInfo(of: receiver), dynamic !== method.entry.info.owner else {
            return Unmanaged.passUnretained(method)
        }
        if dynamic === type { return Unmanaged.passUnretained(target) }
        return Unmanaged.passUnretained(retarget(dynamic))
    }

    /// The entry for receivers of type `dynamic`, made the cached one.
    @inline(never)
    private func retarget(_ dynamic: TypeInfo) -> Entry {
        let info = method.entry.info
        if let found = dynamic.method(info.name)?.first(where: { $0.labels == info.labels }) {
            if let known = made.first(where: { $0.entry.info === found }) {
                target = known
            } else {
                target = Entry(FunctionEntry(info: found, context: method.entry.context, at: method.entry.at))
                made.append(target)
            }
        } else {
            target = method
        }
        type = dynamic
        return target
    }
}
