import SwiftSyntax

extension Lowerer {
    /// Methods of the note's own types (structs, classes, enums, protocols) and of builtin types bound by the engine (`Tensor`, `Chart`).
    func userTypeMethod(_ site: MethodCallSite, of info: TypeInfo) throws -> Typed {
        let (name, node, base) = (site.name, site.node, site.base)
        let (eval, at) = (base.eval, site.at)
        if info.kind == .builtin {
            guard
                let match = bindings.registry.methods[ObjectIdentifier(info)]?[name]?.first(where: {
                    $0.labels == site.labels
                })
            else {
                throw error(noMethod(of: .named(info), name, site.labels, typeName: info.name), node)
            }
            let evals = try zip(site.exprs, match.parameters).map { EvalBox(try argument($0.0, $0.1).eval) }
            return Typed(type: match.result) { frame in
                let receiver = try eval(frame)
                return try match.body(receiver, try evals.values(frame))
            }
        }
        if let templates = info.genericMethods[name] {
            let specialized = try specializeMethod(
                templates, arguments: site.arguments, expected: site.expected, node: node)
            return try namedMethodCall(
                info, base: base, baseExpr: site.baseExpr, candidates: [specialized], arguments: site.arguments,
                name: name, node: node)
        }
        if let candidates = info.method(name) {
            return try namedMethodCall(
                info, base: base, baseExpr: site.baseExpr, candidates: candidates, arguments: site.arguments,
                name: name, node: node)
        }
        if let computed = info.computedProperty(name), case .function = computed.type {
            return try callValue(
                computedGet(computed, base: base, name: name, at: at), arguments: site.exprs, node: node)
        }
        if let index = info.fieldIndex[name], case .function = info.fields[index].type {
            return try callValue(
                Typed(type: info.fields[index].type) { frame in try fieldValue(eval(frame), index, at) },
                arguments: site.exprs, node: node)
        }
        if let algorithm = try userSequenceMethod(site) { return algorithm }
        throw error(noMember(of: .named(info), name, typeName: info.name), node)
    }
}
