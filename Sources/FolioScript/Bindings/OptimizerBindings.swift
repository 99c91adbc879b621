import FolioNumerics
import SwiftSyntax

/// The optimizers of FolioNumerics (`SGD`, `Adam`, `AdamW`) in notes, with the Swift API's
/// names: `var opt = Adam(learningRate: 0.1)` and `opt.step(parameter: &w, gradient: g)` (or
/// `opt.step(parameters: &ws, gradients: gs)` for a list of tensors).
///
/// Optimizers are value types with a `mutating step`, as in Swift: the optimizer variable and
/// the parameter are both written back, so copying an optimizer copies its state.
extension Bindings {
    /// The names of the bound optimizer types (what `step` is recognised on).
    static let optimizerNames: Set<String> = ["SGD", "Adam", "AdamW"]

    func installOptimizers() {
        let sgd = type("SGD")
        let adam = type("Adam")
        let adamW = type("AdamW")
        func d(_ value: Value) throws -> Double { try doubleOf(value) }
        initializer(
            sgd,
            [
                Param("learningRate", .double), Param("momentum", .double, .double(0)),
                Param("nesterov", .bool, .bool(false)), Param("weightDecay", .double, .double(0)),
            ]
        ) {
            native(
                SGD(
                    learningRate: try d($0[0]), momentum: try d($0[1]), nesterov: try boolOf($0[2]),
                    weightDecay: try d($0[3])))
        }
        func adamParams(weightDecay: Double) -> [Param] {
            [
                Param("learningRate", .double, .double(1e-3)), Param("beta1", .double, .double(0.9)),
                Param("beta2", .double, .double(0.999)), Param("epsilon", .double, .double(1e-8)),
                Param("weightDecay", .double, .double(weightDecay)),
            ]
        }
        initializer(adam, adamParams(weightDecay: 0)) {
            native(
                Adam(
                    learningRate: try d($0[0]), beta1: try d($0[1]), beta2: try d($0[2]), epsilon: try d($0[3]),
                    weightDecay: try d($0[4])))
        }
        initializer(adamW, adamParams(weightDecay: 0.01)) {
            native(
                AdamW(
                    learningRate: try d($0[0]), beta1: try d($0[1]), beta2: try d($0[2]), epsilon: try d($0[3]),
                    weightDecay: try d($0[4])))
        }
        property(sgd, "learningRate", .double) { .double(try unbox($0, SGD.self).learningRate) }
        property(sgd, "momentum", .double) { .double(try unbox($0, SGD.self).momentum) }
        property(sgd, "stepCount", .int) { .int(try unbox($0, SGD.self).stepCount) }
        property(adam, "learningRate", .double) { .double(try unbox($0, Adam.self).learningRate) }
        property(adam, "stepCount", .int) { .int(try unbox($0, Adam.self).stepCount) }
        property(adamW, "learningRate", .double) { .double(try unbox($0, AdamW.self).learningRate) }
        property(adamW, "weightDecay", .double) { .double(try unbox($0, AdamW.self).weightDecay) }
        property(adamW, "stepCount", .int) { .int(try unbox($0, AdamW.self).stepCount) }
    }
}

/// One step of the boxed optimizer `value` on `parameters`; returns the optimizer after it.
func stepOptimizer(_ value: Value, parameters: inout [Tensor], gradients: [Tensor]) throws -> Value {
    func stepped<O: Optimizer>(_ optimizer: O) throws -> Value {
        var copy = optimizer
        try copy.step(parameters: &parameters, gradients: gradients)
        return native(copy)
    }
    guard case .native(let object) = value else {
        if case .void = value {
            throw BindingError(
                "use of a variable that has no value (its declaration did not run)", id: .uninitializedVariable)
        }
        throw BindingError("internal error: expected an optimizer", id: .internalError)
    }
    switch object {
    case let box as Native<SGD>: return try stepped(box.value)
    case let box as Native<Adam>: return try stepped(box.value)
    case let box as Native<AdamW>: return try stepped(box.value)
    default: throw BindingError("internal error: expected an optimizer", id: .internalError)
    }
}

extension Lowerer {
    /// `opt.step(parameter: &w, gradient: g)` and `opt.step(parameters: &ws, gradients: gs)`:
    /// a mutating method with an `inout` argument, which the generic bindings (values in,
    /// value out) cannot express. Reads the optimizer and the parameter, evaluates the
    /// gradient, steps, then writes the parameter and the optimizer back (nothing is written
    /// if the step throws). nil if the receiver is not an optimizer.
    func optimizerStep(_ baseExpr: ExprSyntax, _ name: String, call: FunctionCallExprSyntax) throws -> Typed? {
        guard name == "step" else { return nil }
        guard case .named(let info) = try lowerTypeOnly(baseExpr), info.kind == .builtin,
            Bindings.optimizerNames.contains(info.name)
        else { return nil }
        let tensor = bindings.tensor
        let arguments = allArguments(call)
        let labels = arguments.map(\.label)
        let list: Bool
        switch labels {
        case ["parameter", "gradient"]: list = false
        case ["parameters", "gradients"]: list = true
        default:
            throw error(
                "no overload of '\(info.name).step' takes (\(labelList(labels))); write opt.step(parameter: &w, gradient: g) or opt.step(parameters: &ws, gradients: gs)",
                call, id: .noMatchingOverload)
        }
        let parameterType: ScriptType = list ? .array(tensor) : tensor
        guard let inoutExpr = arguments[0].expr.as(InOutExprSyntax.self) else {
            throw error(
                "passing value of type '\(parameterType)' to an inout parameter requires explicit '&'",
                arguments[0].expr, id: .inoutMisuse)
        }
        if let reference = baseExpr.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text),
            !variable.mutable
        {
            throw error(
                .letConstant(reference.baseName.text, .mutatingMember),
                baseExpr)
        }
        let optimizerPlace = try place(baseExpr)
        let parameterPlace = try place(inoutExpr.expression)
        guard parameterPlace.type == parameterType else {
            throw error(
                .cannotConvertArgument(from: "\(parameterPlace.type)", to: "\(parameterType)"),
                inoutExpr.expression)
        }
        if let a = optimizerPlace.variable, let b = parameterPlace.variable, a.slot == b.slot, a.level == b.level,
            a.isGlobal == b.isGlobal
        {
            throw error(
                "overlapping accesses: the optimizer and its parameters cannot be parts of the same variable",
                inoutExpr, id: .exclusiveAccess
            )
        }
        let gradient = try argument(arguments[1].expr, parameterType).eval
        let at = loc(call)
        let readOptimizer = mutation(optimizerPlace, operand: nil, at: at) { slot, _ in slot }
        let readParameter = mutation(parameterPlace, operand: nil, at: at) { slot, _ in slot }
        let pending = UncheckedBox<(parameter: Value, optimizer: Value)>((.void, .void))
        let writeParameter = mutation(parameterPlace, operand: { _ in pending.value.parameter }, at: at) { slot, new in
            slot = new
            return .void
        }
        let writeOptimizer = mutation(optimizerPlace, operand: { _ in pending.value.optimizer }, at: at) { slot, new in
            slot = new
            return .void
        }
        return Typed(type: .void) { frame in
            let optimizer = try readOptimizer(frame)
            let parameter = try readParameter(frame)
            let g = try gradient(frame)
            let (newParameter, newOptimizer): (Value, Value) = try atCall(at) {
                if list {
                    guard case .array(let items) = parameter, case .array(let gradientItems) = g else {
                        throw BindingError("internal error: expected [Tensor]", id: .internalError)
                    }
                    var parameters = try items.map(tensorOf)
                    let next = try stepOptimizer(
                        optimizer, parameters: &parameters, gradients: try gradientItems.map(tensorOf))
                    return (.array(parameters.map(tensorValue)), next)
                }
                var parameters = [try tensorOf(parameter)]
                let next = try stepOptimizer(optimizer, parameters: &parameters, gradients: [try tensorOf(g)])
                return (tensorValue(parameters[0]), next)
            }
            pending.value = (newParameter, newOptimizer)
            defer { pending.value = (.void, .void) }
            _ = try writeParameter(frame)
            _ = try writeOptimizer(frame)
            return .void
        }
    }
}
