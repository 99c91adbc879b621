import SwiftSyntax

/// Closure capture lists: `{ [weak self] in … }`, `{ [unowned self] in … }`, `{ [x] in … }`,
/// `{ [total = a + b] in … }`, as Swift defines them.
///
/// Each item is evaluated when the closure is created, into a variable of its own that the
/// body sees instead of the outer one: a strong item holds the value; a `weak` one is an
/// optional read through a Swift `weak` reference (`nil` once the object is gone); an
/// `unowned` one reads the object and traps once it is gone. So that a closure that captures
/// `self` weakly does not keep it alive through the frame it was created in (the cycle of
/// `lazy var handler = { [weak self] in … }`), such a closure is given a frame of its own that
/// holds only its captures, when its body names no other local of the enclosing function.
struct CaptureList {
    struct Item {
        let variable: Variable
        let ownership: String?
        let value: Eval
    }
    let items: [Item]
    /// Whether the closure needs nothing of its creating frame but the captures.
    let detaches: Bool
    /// The enclosing function's level (the captures' frame is at that level).
    let level: Int
}

extension Lowerer {
    /// Evaluates nothing yet: lowers the items of `closure`'s capture list in the enclosing
    /// scope and declares their variables in a new scope, which `endCaptureList` removes after
    /// the body is lowered. Nil when the closure has no capture list.
    func beginCaptureList(_ closure: ClosureExprSyntax) throws -> CaptureList? {
        guard let clause = closure.signature?.capture else { return nil }
        var lowered: [(name: String, ownership: String?, typed: Typed, node: ClosureCaptureSyntax)] = []
        for item in clause.items {
            let name = item.name.text
            let ownership: String? =
                switch item.specifier?.specifier.tokenKind {
                case .keyword(.weak)?: "weak"
                case .keyword(.unowned)?: "unowned"
                default: nil
                }
            let typed: Typed
            if let initializer = item.initializer {
                typed = try lower(initializer.value, expected: nil)
            } else {
                guard let variable = lookup(name) else {
                    throw error(.cannotFindInScope(name), item)
                }
                typed = Typed(type: variable.type, eval: reader(variable))
            }
            if ownership != nil {
                var object = typed.type
                if case .optional(let wrapped) = object { object = wrapped }
                guard case .named(let info) = object, info.kind == .classType else {
                    throw error(
                        "'\(ownership ?? "")' may only be applied to class and class-bound protocol types, not '\(typed.type)'",
                        item, id: .invalidOwnership)
                }
            }
            lowered.append((name, ownership, typed, item))
        }
        // The closure can leave its creating frame behind when its body names no local of the
        // enclosing function other than the captured ones (and no member of `self` unless
        // `self` is captured).
        let captured = Set(lowered.map(\.name))
        var detaches = !(currentType != nil && !captured.contains("self"))
        if detaches {
            for token in closure.statements.tokens(viewMode: .sourceAccurate) {
                guard case .identifier(let text) = token.tokenKind, !captured.contains(text) else { continue }
                if let reference = token.parent?.as(DeclReferenceExprSyntax.self),
                    reference.parent?.as(MemberAccessExprSyntax.self)?.declName.id == reference.id
                {
                    continue  // `.name` of a member access
                }
                if let variable = lookup(text), !variable.isGlobal {
                    detaches = false
                    break
                }
            }
            if closure.statements.tokens(viewMode: .sourceAccurate).contains(where: { $0.tokenKind == .keyword(.self) })
                && !captured.contains("self")
            {
                detaches = false
            }
        }
        // At the top level every closure detaches: its body reads the globals by address, so
        // its parent frame can be one holding only its captures (one per closure made).
        let topLevel = function == nil
        if topLevel { detaches = true }
        scopes.append([:])
        var items: [CaptureList.Item] = []
        for (index, entry) in lowered.enumerated() {
            var type = entry.typed.type
            if entry.ownership == "weak", !type.isOptional { type = .optional(type) }
            if entry.ownership == "unowned", case .optional(let wrapped) = type { type = wrapped }
            var variable =
                topLevel
                ? Variable(slot: index, type: type, mutable: false, isGlobal: false, level: 0)
                : try declare(entry.name, type: type, mutable: false, node: entry.node)
            variable.accessed = entry.ownership != nil
            scopes[scopes.count - 1][entry.name] = variable
            items.append(CaptureList.Item(variable: variable, ownership: entry.ownership, value: entry.typed.eval))
        }
        return CaptureList(items: items, detaches: detaches, level: currentLevel)
    }

    /// Removes the scope of the capture variables.
    func endCaptureList(_ list: CaptureList?) {
        if list != nil { scopes.removeLast() }
    }

    /// The closure value `make` builds from its parent frame, with the captures evaluated and
    /// stored first (in a frame of their own when the closure detaches).
    func capturing(_ list: CaptureList, at: SourceLoc, _ make: @escaping (Frame?) -> Value) -> Eval {
        let items = list.items
        let detaches = list.detaches
        let capacity = (items.map(\.variable.slot).max() ?? 0) + 1
        return { frame in
            let target = detaches ? Frame(capacity: capacity) : frame
            if detaches { target.parent = frame.parent }
            for item in items {
                let value = try item.value(frame)
                let stored: Value
                switch item.ownership {
                case nil:
                    stored = value
                case let ownership?:
                    let reference = value.instanceOrWrappedInstance.map(WeakReference.init)
                    let isWeak = ownership == "weak"
                    let getter = Closure(name: "capture") { _ in
                        if let live = reference?.object { return isWeak ? .some(.object(live)) : .object(live) }
                        if isWeak { return .null }
                        throw ScriptError(
                            "attempted to read an unowned reference but the object was already deallocated",
                            id: .danglingUnownedReference, at: at)
                    }
                    stored = .tuple([.function(getter)], labels: nil)
                }
                target.slots[item.variable.slot] = stored
            }
            return make(target)
        }
    }
}
