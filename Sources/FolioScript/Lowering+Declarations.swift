// See Lowering+Statements.swift for why the SPI is imported.
@_spi(ExperimentalLanguageFeatures) import SwiftSyntax

extension Lowerer {
    /// Whether `decl` declares a type (or a type alias, or an extension): those are declared
    /// for the whole block before any statement runs (`declareTypes`).
    func isTypeDeclaration(_ decl: DeclSyntax) -> Bool {
        switch decl.as(DeclSyntaxEnum.self) {
        case .structDecl, .classDecl, .enumDecl, .protocolDecl, .extensionDecl, .typeAliasDecl: true
        default: false
        }
    }

    /// Lowers a declaration in a statement list (top level or a body).
    ///
    /// The switch names every declaration kind of swift-syntax, so a new kind is a compile
    /// error here. Types met here are inside a function or statement: types are declared at a
    /// note's top level, by `declareTypes`, before the statements are lowered.
    func lowerDecl(_ decl: DeclSyntax) throws -> Exec {
        switch decl.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            return try lowerVariable(variable)
        case .importDecl:
            return { _ in .normal }
        case .typeAliasDecl(let alias):
            try declareTypeAlias(alias)
            return { _ in .normal }
        case .macroExpansionDecl(let macro):
            return try lowerMacro(name: macro.macroName, arguments: macro.arguments, node: Syntax(macro))
        case .functionDecl(let function)
        where function.genericParameterClause != nil && (!scopes.isEmpty || self.function != nil):
            try declareLocalGenericFunction(function)
            return { _ in .normal }
        case .functionDecl(let function):
            let info = try declareLocalFunction(function)
            try lowerFunctionBody(function, info: info)
            return { _ in .normal }
        case .structDecl, .classDecl, .enumDecl:
            return try localTypeStatement(decl)
        case .protocolDecl, .extensionDecl:
            throw unsupported(.nestedType, decl)
        case .actorDecl:
            throw unsupported(.concurrency(keyword: "actor"), decl)
        case .macroDecl:
            throw unsupported(.macro(keyword: "macro"), decl)
        case .operatorDecl, .precedenceGroupDecl:
            // Read by the parser: the note's operator table folds every block with them.
            return { _ in .normal }
        case .poundSourceLocation:
            throw unsupported(.compilerControl(keyword: "#sourceLocation"), decl)
        case .ifConfigDecl:
            throw unsupported(.compilerControl(keyword: "#if"), decl)
        case .usingDecl:
            throw unsupported(.compilerControl(keyword: "using"), decl)
        case .editorPlaceholderDecl:
            throw unsupported(.compilerControl(keyword: decl.trimmedDescription), decl)
        case .initializerDecl:
            throw unsupported(.declaration(keyword: "init"), decl)
        case .deinitializerDecl:
            throw unsupported(.declaration(keyword: "deinit"), decl)
        case .subscriptDecl:
            throw unsupported(.declaration(keyword: "subscript"), decl)
        case .enumCaseDecl:
            throw unsupported(.declaration(keyword: "case"), decl)
        case .associatedTypeDecl:
            throw unsupported(.declaration(keyword: "associatedtype"), decl)
        case .accessorDecl, .missingDecl, .unexpectedCodeDecl:
            throw unsupported(
                .declaration(keyword: decl.firstToken(viewMode: .sourceAccurate)?.text ?? "declaration"), decl)
        }
    }
}
