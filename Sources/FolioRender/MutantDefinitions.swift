import FolioMarkdown
import SwiftParser
import SwiftSyntax

/// The definitions of other blocks that a verifying block uses: `folio mutate` mutates them too,
/// since a ✓ that rests on a helper function is only as good as the checks that notice a change
/// to that helper.
///
/// A definition is a top-level `func`, `let`/`var`, `struct`, `class` or `enum` of an executable
/// block that does not verify anything. It is used by a verifying block when the block names it
/// (and does not declare that name itself anywhere, so a local `x` is not mistaken for a global
/// one), or when a used definition names it in turn. Only blocks before the user count, since
/// blocks run in order, and of several definitions of one name the last before the user wins.
enum MutantDefinitions {
    /// A top-level definition of an executable block.
    struct Definition {
        /// The declared name (the first, for `let (a, b) = …`).
        var names: [String]
        /// The declaration's syntax.
        var node: Syntax
        /// The block it belongs to.
        var block: CodeBlock
        /// Its parsed block's converter (for positions).
        var converter: SourceLocationConverter
    }

    /// For each definition of a non-verifying block that some verifying block uses, the
    /// equations of the verifying blocks that use it, keyed by block index and the definition's
    /// position in the block's source.
    static func usedDefinitions(of note: Note) -> [(definition: Definition, equations: [String])] {
        let blocks = note.codeBlocks.filter(\.isExecutable)
        var definitionsByBlock: [Int: [Definition]] = [:]
        for block in blocks {
            let tree = Parser.parse(source: block.code)
            let converter = SourceLocationConverter(fileName: "", tree: tree)
            definitionsByBlock[block.index] = tree.statements.compactMap { item in
                let names = declaredNames(of: item.item)
                return names.isEmpty
                    ? nil : Definition(names: names, node: Syntax(item.item), block: block, converter: converter)
            }
        }
        var equationsByKey: [String: [String]] = [:]
        var order: [String] = []
        var definitionByKey: [String: Definition] = [:]
        for user in blocks where !user.options.verifies.isEmpty {
            let tree = Parser.parse(source: user.code)
            var pending = Array(referencedNames(in: Syntax(tree)))
            var seen = Set(pending)
            while let name = pending.popLast() {
                guard let definition = latestDefinition(of: name, before: user.index, in: definitionsByBlock),
                    definition.block.options.verifies.isEmpty
                else { continue }
                let key = "\(definition.block.index):\(definition.node.position.utf8Offset)"
                if definitionByKey[key] == nil {
                    definitionByKey[key] = definition
                    order.append(key)
                }
                var equations = equationsByKey[key] ?? []
                for equation in user.options.verifies where !equations.contains(equation) {
                    equations.append(equation)
                }
                equationsByKey[key] = equations
                for next in referencedNames(in: definition.node) where !seen.contains(next) {
                    seen.insert(next)
                    pending.append(next)
                }
            }
        }
        return order.compactMap { key in
            guard let definition = definitionByKey[key], let equations = equationsByKey[key] else { return nil }
            return (definition, equations)
        }
    }

    /// The last definition of `name` in a block before block `index` (a verifying block's are
    /// mutated with that block, so the caller skips them).
    static func latestDefinition(of name: String, before index: Int, in byBlock: [Int: [Definition]]) -> Definition? {
        for blockIndex in byBlock.keys.sorted(by: >) where blockIndex < index {
            if let found = byBlock[blockIndex]?.last(where: { $0.names.contains(name) }) { return found }
        }
        return nil
    }

    /// The names a top-level statement declares (empty when it declares none).
    static func declaredNames(of item: some SyntaxProtocol) -> [String] {
        let node = Syntax(item)
        if let function = node.as(FunctionDeclSyntax.self) { return [function.name.text] }
        if let structure = node.as(StructDeclSyntax.self) { return [structure.name.text] }
        if let type = node.as(ClassDeclSyntax.self) { return [type.name.text] }
        if let type = node.as(EnumDeclSyntax.self) { return [type.name.text] }
        if let variable = node.as(VariableDeclSyntax.self) {
            return variable.bindings.flatMap { binding in
                binding.pattern.tokens(viewMode: .sourceAccurate).compactMap { token in
                    if case .identifier(let text) = token.tokenKind { return text }
                    return nil
                }
            }
        }
        return []
    }

    /// The free names `node` refers to: identifiers used as values or types, minus every name
    /// declared anywhere inside `node` (parameters, locals, closure and loop variables), so that
    /// a local that shadows a global is not taken for it.
    static func referencedNames(in node: Syntax) -> Set<String> {
        var used: Set<String> = []
        var declared: Set<String> = []
        for token in node.tokens(viewMode: .sourceAccurate) {
            guard case .identifier(let text) = token.tokenKind, let parent = token.parent else { continue }
            if parent.is(DeclReferenceExprSyntax.self) || parent.is(IdentifierTypeSyntax.self) {
                used.insert(text)
            } else if declares(token, in: parent) {
                declared.insert(text)
            }
        }
        if let own = node.as(SourceFileSyntax.self) {
            for item in own.statements {
                declared.formUnion(declaredNames(of: item.item))
            }
        }
        return used.subtracting(declared)
    }

    /// Whether the identifier `token` names something its parent declares (a pattern, a
    /// parameter, a closure parameter, a function or type), rather than an argument label or a
    /// member.
    static func declares(_ token: TokenSyntax, in parent: Syntax) -> Bool {
        if parent.is(IdentifierPatternSyntax.self) || parent.is(ClosureShorthandParameterSyntax.self) {
            return true
        }
        if let parameter = parent.as(FunctionParameterSyntax.self) {
            return token.id == (parameter.secondName ?? parameter.firstName).id
        }
        if let parameter = parent.as(ClosureParameterSyntax.self) {
            return token.id == (parameter.secondName ?? parameter.firstName).id
        }
        return parent.is(FunctionDeclSyntax.self) || parent.is(StructDeclSyntax.self)
            || parent.is(ClassDeclSyntax.self) || parent.is(EnumDeclSyntax.self)
            || parent.is(EnumCaseElementSyntax.self)
    }
}
