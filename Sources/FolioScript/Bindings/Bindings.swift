import FolioCharts
import FolioNumerics
import Foundation
import SwiftSyntax

/// A value of a bound engine type (`Tensor`, `Chart`, `FloatFormat`, …) held by `Value.native`.
///
/// Value types are boxed immutably: every operation builds a new box, so Swift's value
/// semantics hold in notes (a `var` reassigned by `+=` gets a new box).
final class Native<T>: CustomStringConvertible {
    let value: T

    init(_ value: T) {
        self.value = value
    }

    var description: String {
        if let describable = value as? CustomStringConvertible { return describable.description }
        return "\(value)"
    }
}

/// One overload of a bound function, method (receiver first) or initializer.
struct Overload {
    let labels: [String?]
    let parameters: [ScriptType]
    let result: ScriptType
    let body: ([Value]) throws -> Value
    /// Resolved to the interpreter's own builtin (`exp(2.0)`: the scalar fast path).
    var defersToBuiltin = false
}

/// Thrown by the resolution when the chosen overload is the interpreter's own builtin.
struct DeferToBuiltin: Error {}

/// A parameter of a binding: label, type, and the default value when it can be omitted.
struct Param {
    let label: String?
    let type: ScriptType
    let defaultValue: Value?

    init(_ label: String?, _ type: ScriptType, _ defaultValue: Value? = nil) {
        self.label = label
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// The engine's and the charts' overloads while a `BindingTable` is being built, with Swift's
/// names and labels.
///
/// Binding files register overloads here (`installTensor`, `installCharts`…); the lowering
/// resolves each call to one overload by labels and static argument types (so `exp(2.0)` is
/// `Double` and `exp(t)` is `Tensor`), once, and the table is never consulted at run time.
/// Only `BindingTable.init` mutates a `Bindings`; afterwards it is read-only.
final class Bindings {
    /// The builtin types and their members, registered alongside the overloads.
    let registry: BuiltinRegistry

    /// Every binding of the engine and the charts, registered into `registry`.
    init(registry: BuiltinRegistry) {
        self.registry = registry
        tensorInfo = registry.registerType("Tensor")
        plotInfo = registry.registerType("PlotValues")
        installTensor()
        installNumerics()
        installOptimizers()
        installCharts()
        installData()
    }

    /// Free functions by name.
    var functions: [String: [Overload]] = [:]
    /// The members bound on each type, by the type's identity.
    var members: [BindingTypeID: BoundMembers] = [:]

    // MARK: Types

    let tensorInfo: TypeInfo
    /// What mark channels accept: a Tensor, `[Double]`, `[Int]`, `[String]` or a number.
    let plotInfo: TypeInfo

    var tensor: ScriptType { .named(tensorInfo) }
    var plot: ScriptType { .named(plotInfo) }

    func type(_ name: String) -> ScriptType { .named(registry.registerType(name)) }

    // MARK: Registration

    /// All label combinations of `params` (each defaulted parameter may be omitted).
    func expand(_ params: [Param], result: ScriptType, _ body: @escaping ([Value]) throws -> Value) -> [Overload] {
        let optional = params.indices.filter { params[$0].defaultValue != nil }
        let defaults = params.map { $0.defaultValue ?? .void }
        var overloads: [Overload] = []
        for mask in 0..<(1 << optional.count) {
            // Arrays, not a Set<Int>: a few indices, and no Set<Int> to instantiate at start-up
            // (its first use scans every protocol conformance of the binary for Int: Hashable).
            let omitted = optional.indices.filter { mask & (1 << $0) != 0 }.map { optional[$0] }
            let included = params.indices.filter { !omitted.contains($0) }
            overloads.append(
                Overload(
                    labels: included.map { params[$0].label }, parameters: included.map { params[$0].type },
                    result: result
                ) { args in
                    if included.count == params.count { return try body(args) }
                    var full = defaults
                    for (position, index) in included.enumerated() { full[index] = args[position] }
                    return try body(full)
                })
        }
        return overloads
    }

    func function(_ name: String, _ params: [Param], _ result: ScriptType, _ body: @escaping ([Value]) throws -> Value)
    {
        functions[name, default: []] += expand(params, result: result, body)
    }

    /// A scalar overload that the interpreter's builtins already implement (`exp(Double)`).
    func builtinScalar(_ name: String, _ parameters: [ScriptType], _ result: ScriptType) {
        functions[name, default: []].append(
            Overload(
                labels: parameters.map { _ in nil }, parameters: parameters, result: result, body: { _ in .void },
                defersToBuiltin: true))
    }

    func method(
        _ receiver: ScriptType, _ name: String, _ params: [Param], _ result: ScriptType,
        _ body: @escaping ([Value]) throws -> Value
    ) {
        members[BindingTypeID(receiver), default: BoundMembers()].methods[name, default: []] += expand(
            [Param(nil, receiver)] + params, result: result, body)
    }

    func staticMethod(
        _ owner: ScriptType, _ name: String, _ params: [Param], _ result: ScriptType,
        _ body: @escaping ([Value]) throws -> Value
    ) {
        members[BindingTypeID(owner), default: BoundMembers()].staticMethods[name, default: []] += expand(
            params, result: result, body)
    }

    func initializer(_ owner: ScriptType, _ params: [Param], _ body: @escaping ([Value]) throws -> Value) {
        members[BindingTypeID(owner), default: BoundMembers()].initializers += expand(params, result: owner, body)
    }

    func staticProperty(_ owner: ScriptType, _ name: String, _ value: Value) {
        members[BindingTypeID(owner), default: BoundMembers()].staticProperties[name] = (owner, value)
    }

    func property(_ owner: ScriptType, _ name: String, _ type: ScriptType, _ get: @escaping (Value) throws -> Value) {
        guard case .named(let info) = owner else { return }
        registry.registerProperty(info, name, type: type, get)
    }
}

// MARK: - Value helpers

func native<T>(_ value: T) -> Value { .native(Native(value)) }

func unbox<T>(_ value: Value, _ type: T.Type = T.self) throws -> T {
    if case .native(let object) = value, let box = object as? Native<T> { return box.value }
    if case .void = value {
        throw ScriptError(
            .uninitializedVariable, at: SourceLoc(line: 0, column: 0))
    }
    throw BindingError("internal error: expected a value of type \(T.self)", id: .internalError)
}

func tensorOf(_ value: Value) throws -> Tensor {
    if case .native(let object) = value, let box = object as? Native<Tensor> { return box.value }
    if case .double(let x) = value { return Tensor(x) }
    if case .int(let x) = value { return Tensor(Double(x)) }
    throw BindingError("internal error: expected a Tensor", id: .internalError)
}

func tensorValue(_ tensor: Tensor) -> Value { .native(Native(tensor)) }

func doubleOf(_ value: Value) throws -> Double {
    switch value {
    case .double(let x): return x
    case .int(let x): return Double(x)
    default:
        if let wrapped = value.wrapped { return try doubleOf(wrapped) }
        throw BindingError("internal error: expected a Double", id: .internalError)
    }
}

func intOf(_ value: Value) throws -> Int {
    switch value {
    case .int(let x): return x
    default:
        if let wrapped = value.wrapped { return try intOf(wrapped) }
        throw BindingError("internal error: expected an Int", id: .internalError)
    }
}

func boolOf(_ value: Value) throws -> Bool {
    if case .bool(let x) = value { return x }
    throw BindingError("internal error: expected a Bool", id: .internalError)
}

func stringOf(_ value: Value) throws -> String {
    if case .string(let x) = value { return x }
    throw BindingError("internal error: expected a String", id: .internalError)
}

func intsOf(_ value: Value) throws -> [Int] {
    guard case .array(let elements) = value else {
        throw BindingError("internal error: expected [Int]", id: .internalError)
    }
    return try elements.map(intOf)
}

func doublesOf(_ value: Value) throws -> [Double] {
    guard case .array(let elements) = value else {
        throw BindingError("internal error: expected [Double]", id: .internalError)
    }
    return try elements.map(doubleOf)
}

func stringsOf(_ value: Value) throws -> [String] {
    guard case .array(let elements) = value else {
        throw BindingError("internal error: expected [String]", id: .internalError)
    }
    return try elements.map(stringOf)
}

func optional(_ value: Value) -> Value? {
    switch value {
    case .null, .void: nil
    default: value.wrapped ?? value
    }
}

func closedRangeOf(_ value: Value) throws -> ClosedRange<Double> {
    guard case .range(let box) = value else {
        throw BindingError("internal error: expected a range", id: .internalError)
    }
    let lower = try doubleOf(box.lower)
    let upper = try doubleOf(box.upper)
    guard lower <= upper else { throw BindingError("range requires lowerBound <= upperBound", id: .invalidRange) }
    return lower...upper
}

func halfOpenRangeOf(_ value: Value) throws -> Range<Double> {
    guard case .range(let box) = value else {
        throw BindingError("internal error: expected a range", id: .internalError)
    }
    let lower = try doubleOf(box.lower)
    let upper = try doubleOf(box.upper)
    guard lower <= upper else { throw BindingError("range requires lowerBound <= upperBound", id: .invalidRange) }
    return lower..<upper
}

/// Calls a note closure.
func invoke(_ function: Value, _ arguments: [Value]) throws -> Value {
    guard case .function(let closure) = function else {
        throw BindingError("internal error: expected a function", id: .internalError)
    }
    return try closure.invoke(arguments)
}

/// An error of a binding, reported at the call that raised it.
struct BindingError: Error {
    let message: String
    /// What kind of error this is (see `ScriptDiagnosticID`).
    let id: ScriptDiagnosticID

    init(_ message: String, id: ScriptDiagnosticID) {
        self.message = message
        self.id = id
    }
}

/// Runs a binding's body, turning engine errors into diagnostics at `at`.
@inline(__always)
func atCall<R>(_ at: SourceLoc, _ body: () throws -> R) throws -> R {
    do {
        return try body()
    } catch let error as TensorError {
        throw ScriptError(error.message, id: .numericsError, at: at)
    } catch let error as ChartError {
        throw ScriptError(error.message, id: .chartError, at: at)
    } catch let error as BindingError {
        throw ScriptError(error.message, id: error.id, at: at)
    } catch var error as ScriptError where error.loc.line == 0 {
        error.loc = at
        throw error
    }
}
