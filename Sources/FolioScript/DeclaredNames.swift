import SwiftParser
import SwiftSyntax

extension ScriptSession {
    /// The names a block declares at the note's top level: its variables and constants
    /// (including `guard let` bindings), functions, types and type aliases, and for each
    /// `extension` the members it adds (and the extended type when it adds a conformance).
    ///
    /// When a block fails to parse or lower, none of these join the scope; the note runner uses
    /// them to tell a later block's errors that only follow from that failure ("cannot find
    /// 'a' in scope") from independent ones. The parse is tolerant: a block with syntax errors
    /// still yields the names swift-syntax recovered.
    public static func declaredNames(in code: String) -> Set<String> {
        var names = Set<String>()
        for item in Parser.parse(source: code).statements {
            switch item.item {
            case .decl(let decl):
                names.formUnion(Self.names(declaredBy: decl))
                if let ext = decl.as(ExtensionDeclSyntax.self) {
                    // A conformance it adds is lost too: what needs it names the type. Without
                    // one, the type itself is unchanged (`extension Int` must not make every
                    // error about 'Int' look dependent).
                    if ext.inheritanceClause != nil { names.formUnion(Self.typeNames(in: ext.extendedType)) }
                    for member in ext.memberBlock.members {
                        names.formUnion(Self.names(declaredBy: member.decl))
                    }
                }
            case .stmt(let stmt):
                if let guardStmt = stmt.as(GuardStmtSyntax.self) {
                    for condition in guardStmt.conditions {
                        if let binding = condition.condition.as(OptionalBindingConditionSyntax.self) {
                            names.formUnion(Self.identifiers(in: binding.pattern))
                        }
                    }
                }
            case .expr:
                break
            }
        }
        return names
    }

    /// The names one declaration introduces (none for an extension itself).
    private static func names(declaredBy decl: DeclSyntax) -> Set<String> {
        if let variable = decl.as(VariableDeclSyntax.self) {
            return variable.bindings.reduce(into: Set<String>()) { $0.formUnion(identifiers(in: $1.pattern)) }
        }
        // Functions, types, type aliases (and operators, whose uses quote them too).
        let name = decl.asProtocol(NamedDeclSyntax.self)?.name
        return name.map { [$0.text] } ?? []
    }

    /// The identifiers a pattern binds (`a`, `(a, b)`, `let (a, _)`).
    private static func identifiers(in pattern: PatternSyntax) -> Set<String> {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) { return [identifier.identifier.text] }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return tuple.elements.reduce(into: Set<String>()) { $0.formUnion(identifiers(in: $1.pattern)) }
        }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return identifiers(in: binding.pattern) }
        return []
    }

    /// The type names an extension names (`S`, `Outer.Inner` gives both).
    private static func typeNames(in type: TypeSyntax) -> Set<String> {
        if let simple = type.as(IdentifierTypeSyntax.self) { return [simple.name.text] }
        if let member = type.as(MemberTypeSyntax.self) {
            return typeNames(in: member.baseType).union([member.name.text])
        }
        return []
    }
}
