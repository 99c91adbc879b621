/// The table of builtin types, functions and methods that other parts of Folio bind into the
/// DSL (FolioNumerics' `Tensor`, FolioCharts' `Chart`).
///
/// A registry is filled while its `BindingTable` is built (`BindingTable(extending:)` hands it
/// to the caller), then only read:
///
/// ```swift
/// let table = BindingTable { bindings in
///     let registry = bindings.registry
///     let meters = registry.registerType("Meters")
///     registry.registerInitializer(meters, labels: [nil], parameters: [.double]) { args in … }
///     registry.registerMethod(meters, "scaled", labels: ["by"], parameters: [.double], result: .named(meters)) { receiver, args in … }
///     registry.registerProperty(meters, "value", type: .double) { receiver in … }
///     registry.registerOperator("+", lhs: .named(meters), rhs: .named(meters), result: .named(meters)) { a, b in … }
/// }
/// let session = ScriptSession(file: "x.md", bindings: table)
/// ```
///
/// Values of such types are `Value.native(object)`; the lowering resolves every call to its
/// closure once, so the table is never consulted at run time.
final class BuiltinRegistry {
    struct Function {
        let labels: [String?]
        let parameters: [ScriptType]
        let result: ScriptType
        let body: ([Value]) throws -> Value
    }

    struct Method {
        let labels: [String?]
        let parameters: [ScriptType]
        let result: ScriptType
        let body: (Value, [Value]) throws -> Value
    }

    struct Operator {
        let lhs: ScriptType
        let rhs: ScriptType
        let result: ScriptType
        let body: (Value, Value) throws -> Value
    }

    private(set) var types: [String: TypeInfo] = [:]
    private(set) var functions: [String: [Function]] = [:]
    private(set) var initializers: [ObjectIdentifier: [Function]] = [:]
    private(set) var methods: [ObjectIdentifier: [String: [Method]]] = [:]
    private(set) var properties: [ObjectIdentifier: [String: (type: ScriptType, get: (Value) throws -> Value)]] = [:]
    private(set) var operators: [String: [Operator]] = [:]

    @discardableResult
    func registerType(_ name: String) -> TypeInfo {
        if let existing = types[name] { return existing }
        let info = TypeInfo(name: name, kind: .builtin)
        types[name] = info
        return info
    }

    func registerFunction(
        _ name: String, labels: [String?], parameters: [ScriptType], result: ScriptType,
        _ body: @escaping ([Value]) throws -> Value
    ) {
        functions[name, default: []].append(
            Function(labels: labels, parameters: parameters, result: result, body: body))
    }

    func registerInitializer(
        _ type: TypeInfo, labels: [String?], parameters: [ScriptType], _ body: @escaping ([Value]) throws -> Value
    ) {
        initializers[ObjectIdentifier(type), default: []].append(
            Function(labels: labels, parameters: parameters, result: .named(type), body: body))
    }

    func registerMethod(
        _ type: TypeInfo, _ name: String, labels: [String?], parameters: [ScriptType], result: ScriptType,
        _ body: @escaping (Value, [Value]) throws -> Value
    ) {
        methods[ObjectIdentifier(type), default: [:]][name, default: []].append(
            Method(labels: labels, parameters: parameters, result: result, body: body))
    }

    func registerProperty(
        _ type: TypeInfo, _ name: String, type result: ScriptType, _ get: @escaping (Value) throws -> Value
    ) {
        properties[ObjectIdentifier(type), default: [:]][name] = (result, get)
    }

    func registerOperator(
        _ op: String, lhs: ScriptType, rhs: ScriptType, result: ScriptType,
        _ body: @escaping (Value, Value) throws -> Value
    ) {
        operators[op, default: []].append(Operator(lhs: lhs, rhs: rhs, result: result, body: body))
    }
}
