/// The table of builtin types, functions and methods that other parts of Folio bind into the
/// DSL (FolioNumerics' `Tensor`, FolioCharts' `Chart`).
///
/// A binding file registers, once, before the first session lowers anything:
///
/// ```swift
/// let tensor = BuiltinRegistry.shared.registerType("Tensor")
/// BuiltinRegistry.shared.registerInitializer(tensor, labels: ["csvFile"], parameters: [.string]) { args in … }
/// BuiltinRegistry.shared.registerMethod(tensor, "sum", labels: [], parameters: [], result: .double) { receiver, args in … }
/// BuiltinRegistry.shared.registerProperty(tensor, "count", type: .int) { receiver in … }
/// BuiltinRegistry.shared.registerOperator("+", lhs: .named(tensor), rhs: .named(tensor), result: .named(tensor)) { a, b in … }
/// BuiltinRegistry.shared.registerFunction("relu", labels: [nil], parameters: [.named(tensor)], result: .named(tensor)) { args in … }
/// ```
///
/// Values of such types are `Value.native(object)`; the lowering resolves every call to its
/// closure once, so the table is never consulted at run time.
final class BuiltinRegistry: @unchecked Sendable {
    static let shared = BuiltinRegistry()

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

    func registerFunction(_ name: String, labels: [String?], parameters: [ScriptType], result: ScriptType, _ body: @escaping ([Value]) throws -> Value) {
        functions[name, default: []].append(Function(labels: labels, parameters: parameters, result: result, body: body))
    }

    func registerInitializer(_ type: TypeInfo, labels: [String?], parameters: [ScriptType], _ body: @escaping ([Value]) throws -> Value) {
        initializers[ObjectIdentifier(type), default: []].append(Function(labels: labels, parameters: parameters, result: .named(type), body: body))
    }

    func registerMethod(_ type: TypeInfo, _ name: String, labels: [String?], parameters: [ScriptType], result: ScriptType, _ body: @escaping (Value, [Value]) throws -> Value) {
        methods[ObjectIdentifier(type), default: [:]][name, default: []].append(Method(labels: labels, parameters: parameters, result: result, body: body))
    }

    func registerProperty(_ type: TypeInfo, _ name: String, type result: ScriptType, _ get: @escaping (Value) throws -> Value) {
        properties[ObjectIdentifier(type), default: [:]][name] = (result, get)
    }

    func registerOperator(_ op: String, lhs: ScriptType, rhs: ScriptType, result: ScriptType, _ body: @escaping (Value, Value) throws -> Value) {
        operators[op, default: []].append(Operator(lhs: lhs, rhs: rhs, result: result, body: body))
    }
}
