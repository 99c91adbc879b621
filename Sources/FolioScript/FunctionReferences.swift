import SwiftOperators
import SwiftParser
import SwiftSyntax

/// Functions named where a closure is expected: `xs.map(square)`, `zip(a, b).map(+)`,
/// `xs.map(abs)`, `map(-)`, `compactMap(Int.init)`, `zip(xs, ys).map(Point.init)`.
///
/// Swift turns such a reference into the closure that calls the function (`{ square($0) }`),
/// choosing the overload by the closure type the context asks for, and lets a function of n
/// parameters stand for a closure over one n-tuple (`zip(a, b).map(+)`). Folio does the same
/// literally: it writes that closure, parses it and lowers it with the expected type, so every
/// kind of callee (note functions and initializers, engine bindings, builtins, operators) is
/// resolved by the ordinary call lowering, with the same diagnostics, reported at the reference.
extension Lowerer {
    /// A named function as a value of type `expected`, or nil when `expected` is not a function
    /// type (or the name is a variable).
    func functionReference(_ reference: DeclReferenceExprSyntax, expected: ScriptType?) throws -> Typed? {
        let name = reference.baseName.text
        let given = reference.argumentNames.map { names in
            names.arguments.map { $0.name.text == "_" ? nil : $0.name.text }
        }
        if given == nil, let value = try functionValue(name, expected: expected, node: reference) {
            // The interpreter's own function values, when they have the expected type.
            guard case .function(let want, _)? = expected, case .function(let have, _) = value.type, have != want else {
                return value
            }
            return try etaExpansion(
                callee: name, labelLists: labelLists(forFunction: name), given: given, operator: false,
                expected: expected, node: reference) ?? value
        }
        if let variable = lookup(name), variable.function == nil { return nil }
        var isOperator = false
        switch reference.baseName.tokenKind {
        case .binaryOperator, .prefixOperator, .postfixOperator: isOperator = true
        default: break
        }
        return try etaExpansion(
            callee: name, labelLists: labelLists(forFunction: name), given: given, operator: isOperator,
            expected: expected, node: reference)
    }

    /// `Int.init`, `Point.init`, `Point.init(x:y:)`, `String.init(describing:)` as a value.
    func initializerReference(_ member: MemberAccessExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard member.declName.baseName.text == "init", let base = member.base, case .function? = expected else {
            return nil
        }
        let typeName = base.trimmedDescription
        let given = member.declName.argumentNames.map { names in
            names.arguments.map { $0.name.text == "_" ? nil : $0.name.text }
        }
        var lists: [[String?]] = []
        if let info = globals.types[typeName] {
            for initializer in info.initializers { lists.append(initializer.labels) }
            if info.initializers.isEmpty, info.kind == .structType {
                let parameters = info.fields.filter { !($0.initial != nil && !$0.mutable) }
                lists.append(parameters.map(\.name))
                lists.append(parameters.filter { $0.initial == nil }.map(\.name))
            }
        } else if let owner = bindings.boundType(named: typeName),
            case let overloads = bindings.members(of: owner).initializers, !overloads.isEmpty
        {
            lists += overloads.map(\.labels)
        } else if typeExpression(base) == nil, bindings.registry.types[typeName] == nil {
            return nil
        }
        return try etaExpansion(
            callee: typeName, labelLists: lists, given: given, operator: false, expected: expected, node: member)
    }

    /// `\.count`, `\.point.x`, `\.self` where a function is expected: `{ $0.count }` (SE-0249).
    func keyPathFunction(_ keyPath: KeyPathExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard keyPath.root == nil, case .function(let parameters, _)? = expected, parameters.count == 1 else {
            return nil
        }
        var path = "$0"
        for component in keyPath.components {
            guard case .property(let property) = component.component else { return nil }
            let name = property.declName.baseName.text
            if name == "self" { continue }
            path += (component.period == nil ? "" : ".") + property.declName.baseName.text
        }
        let typed = try lowerSynthesizedClosure("{ \(path) }", expected: expected, at: loc(keyPath))
        guard case .function(let have, _)? = typed?.type, have == parameters else { return nil }
        return typed
    }

    /// `scaler.apply` or `Scaler.double` (a method of a type declared in the note) where a closure
    /// is expected: `{ scaler.apply($0) }`. The base must be a name or a chain of names (it is
    /// read at each call, which is the same for the values notes pass).
    func methodReference(_ member: MemberAccessExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard case .function? = expected, let base = member.base, member.declName.baseName.text != "init" else {
            return nil
        }
        var chain: ExprSyntax? = base
        while let link = chain {
            if link.is(DeclReferenceExprSyntax.self) { break }
            guard let access = link.as(MemberAccessExprSyntax.self) else { return nil }
            chain = access.base
        }
        let name = member.declName.baseName.text
        let given = member.declName.argumentNames.map { names in
            names.arguments.map { $0.name.text == "_" ? nil : $0.name.text }
        }
        var candidates: [FunctionInfo]?
        if let info = enumType(base), let index = info.caseIndex[name], !info.cases[index].payload.isEmpty,
            info.staticMethods[name] == nil
        {
            // An enum case with associated values is a function of them: `xs.map(Shape.circle)`.
            let labels = info.cases[index].labels
            if let given, given != labels { return nil }
            return try etaExpansion(
                callee: "\(base.trimmedDescription).\(name)", labelLists: [labels], given: given, operator: false,
                expected: expected,
                node: member)
        }
        if ["Int", "Double", "String", "Bool", "Character"].contains(base.trimmedDescription), given == nil,
            case .function(let parameters, _)? = expected, parameters.count == 1,
            (try? lowerSynthesizedClosure("{ $0.\(name)() }", expected: expected, at: loc(member))) != nil
        {
            // Swift reads `Double.squareRoot` as the unapplied method `(Double) -> () -> Double`:
            // `xs.map(Double.squareRoot)` compiles but makes an array of functions.
            let typeName = base.trimmedDescription
            throw error(
                "'\(typeName).\(name)' is an unapplied instance method: in Swift its type is '(\(typeName)) -> () -> …', so this would give functions, not values; write '{ $0.\(name)() }'",
                member, id: .unsupportedFeature)
        }
        if isTypeName(base), let info = globals.types[base.trimmedDescription] {
            candidates = info.staticMethods[name]
        } else if let info = nestedType(base) {
            candidates = info.staticMethods[name]
        } else if case .named(let info)? = try? lowerTypeOnly(base), info.fieldIndex[name] == nil,
            info.computedProperty(name) == nil
        {
            candidates = info.method(name)
        }
        guard let candidates, !candidates.isEmpty else { return nil }
        return try etaExpansion(
            callee: "\(base.trimmedDescription).\(name)", labelLists: candidates.map(\.labels), given: given,
            operator: false, expected: expected,
            node: member)
    }

    /// The enum a type expression names (`Shape`, `Outer.Shape`), if any.
    private func enumType(_ base: ExprSyntax) -> TypeInfo? {
        let info = isTypeName(base) ? globals.types[base.trimmedDescription] : nestedType(base)
        guard let info, info.kind == .enumType else { return nil }
        return info
    }

    /// The argument label lists a function called `name` may take (unlabeled ones are always tried).
    private func labelLists(forFunction name: String) -> [[String?]] {
        var lists: [[String?]] = []
        if let info = lookup(name)?.function { lists.append(info.labels) }
        for info in globals.functions[name] ?? [] { lists.append(info.labels) }
        lists += (bindings.functions[name] ?? []).map(\.labels)
        return lists
    }

    /// Writes `{ callee(label: $0, …) }` for each way the callee may be called with the expected
    /// closure's parameters (or, for a closure over one tuple, with its elements) and lowers the
    /// first that type-checks.
    private func etaExpansion(
        callee: String, labelLists: [[String?]], given: [String?]?, operator isOperator: Bool, expected: ScriptType?,
        node: some SyntaxProtocol
    ) throws -> Typed? {
        guard case .function(let parameters, _)? = expected else { return nil }
        var arities = [parameters.count]
        if parameters.count == 1, case .tuple(let elements, _) = parameters[0], elements.count > 1 {
            arities.append(elements.count)
        }
        var bodies: [String] = []
        for arity in arities {
            let placeholders = (0..<arity).map { "$\($0)" }
            if isOperator {
                if arity == 2 { bodies.append("$0 \(callee) $1") }
                if arity == 1 { bodies.append("\(callee)$0") }
                continue
            }
            var lists = given.map { [$0] } ?? labelLists
            if given == nil { lists.append(Array(repeating: nil, count: arity)) }
            for labels in lists where labels.count == arity {
                let arguments = zip(labels, placeholders).map { label, placeholder in
                    label.map { "\($0): \(placeholder)" } ?? placeholder
                }
                let body = "\(callee)(\(arguments.joined(separator: ", ")))"
                if !bodies.contains(body) { bodies.append(body) }
            }
        }
        var firstError: Error?
        for body in bodies {
            do {
                if let typed = try lowerSynthesizedClosure("{ \(body) }", expected: expected, at: loc(node)),
                    case .function(let have, _) = typed.type, have == parameters
                {
                    return typed
                }
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        return nil
    }

    /// Parses and lowers a closure that Folio wrote, with every location at `at` (the reference
    /// it stands for) and no sub-expression recorded for a check.
    func lowerSynthesizedClosure(_ source: String, expected: ScriptType?, at: SourceLoc) throws -> Typed? {
        let tree = Parser.parse(source: source)
        if tree.hasError { return nil }
        guard let folded = BlockParser.operatorTable().foldAll(tree, errorHandler: { _ in }).as(SourceFileSyntax.self),
            let item = folded.statements.first, case .expr(let expr) = item.item,
            let closure = expr.as(ClosureExprSyntax.self)
        else { return nil }
        let savedLocation = fixedLocation
        let savedRecorder = recorder
        fixedLocation = at
        recorder = nil
        defer {
            fixedLocation = savedLocation
            recorder = savedRecorder
        }
        return try lowerClosure(closure, expected: expected)
    }
}
