import SwiftSyntax

/// Implicitly unwrapped optionals (`let s: String! = …`, `var capitalCity: City!`).
///
/// As in Swift, `T!` is not a type of its own: the declaration's type is `T?`, and a reference
/// to it is force-unwrapped only where a `T?` does not fit (a `T` is expected, or a member of
/// `T` is named). Elsewhere it stays optional: `let copy = s` is a `String?`, `s == nil` and
/// `if let x = s` test it, `print(s as Any)` prints `Optional(…)`.
extension Lowerer {
    /// The variable `name`, just declared, marked as declared `T!` in its scope.
    func markImplicitlyUnwrapped(_ name: String, _ variable: Variable) -> Variable {
        var marked = variable
        marked.implicitlyUnwrapped = true
        if function == nil, scopes.isEmpty {
            globals.variables[name] = marked
        } else if !scopes.isEmpty {
            scopes[scopes.count - 1][name] = marked
        }
        return marked
    }

    /// The value of a reference to a `T!` declaration, force-unwrapped (`nil` traps with
    /// Swift's message), or `nil` when `typed` is no such reference.
    func implicitlyUnwrapped(_ typed: Typed) -> Typed? {
        guard let at = typed.implicitlyUnwrapped, case .optional(let wrapped) = typed.type else { return nil }
        let eval = typed.eval
        return Typed(type: wrapped) { frame in
            guard let value = try eval(frame).wrapped else {
                throw ScriptError(
                    "unexpectedly found nil while implicitly unwrapping an Optional value", id: .forceUnwrapNil, at: at)
            }
            return value
        }
    }

    /// The operands of a binary operator, as `unify` lowers them, except that a `T!` reference
    /// is unwrapped for an operator other than `==` and `!=` (those compare optionals, so
    /// `s == nil` and `s == "x"` do not unwrap, as in Swift).
    func unifyOperands(_ op: String, _ lhs: ExprSyntax, _ rhs: ExprSyntax, hint: ScriptType?) throws -> (Typed, Typed) {
        if op == "==" || op == "!=" { return try unify(lhs, rhs, hint: hint) }
        if literalKind(lhs) == nil {
            let left = receiver(try lower(lhs, expected: hint))
            return (left, receiver(try lower(rhs, expected: left.type)))
        }
        if literalKind(rhs) == nil {
            let right = receiver(try lower(rhs, expected: hint))
            return (receiver(try lower(lhs, expected: right.type)), right)
        }
        return try unify(lhs, rhs, hint: hint)
    }

    /// Whether `expr` is a reference to a `T!` declaration (the base of `a.next.name = …`).
    func isImplicitlyUnwrapped(_ expr: ExprSyntax) throws -> Bool {
        guard expr.is(DeclReferenceExprSyntax.self) || expr.is(MemberAccessExprSyntax.self) else { return false }
        let saved = recorder
        recorder = nil
        defer { recorder = saved }
        return try lower(expr, expected: nil).implicitlyUnwrapped != nil
    }

    /// The receiver of a member access or method call: a `T!` reference is unwrapped, since
    /// the members named are `T`'s.
    func receiver(_ typed: Typed) -> Typed {
        implicitlyUnwrapped(typed) ?? typed
    }
}
