import SwiftSyntax

/// Initializers that only store their parameters (`init(left: Node?, right: Node?) {
/// self.left = left; self.right = right }`), the initializer nearly every class declares: a
/// construction then fills the instance's fields itself instead of calling the body.
///
/// The call is most of what such a construction costs (a frame, the prologue, one statement
/// per field: `bintree` builds 7·10⁵ nodes). The shortcut is exactly the call's effect: the
/// arguments are evaluated first, then the properties' default values in declaration order,
/// then each parameter is stored; nothing in the body can fail, print or reach `self`.
extension Lowerer {
    /// For each parameter of `decl`, the index of the stored property its body assigns it to;
    /// nil unless the body is only such assignments, one per parameter, of the field's exact
    /// type, in a struct or a class without a superclass.
    func storedParameterFields(_ decl: InitializerDeclSyntax, of info: TypeInfo, method: FunctionInfo) -> [Int]? {
        guard info.kind == .structType || (info.kind == .classType && info.superclass == nil),
            !method.isFailable, !method.isConvenience, method.variadic == nil,
            !method.inoutParameters.contains(true), !method.autoclosureParameters.contains(true),
            let statements = decl.body?.statements, statements.count == method.parameterTypes.count
        else { return nil }
        let names = decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
        var fieldOfParameter = [Int?](repeating: nil, count: names.count)
        for item in statements {
            guard let assignment = item.item.as(InfixOperatorExprSyntax.self),
                assignment.operator.is(AssignmentExprSyntax.self),
                let source = assignment.rightOperand.as(DeclReferenceExprSyntax.self), source.argumentNames == nil,
                let parameter = names.firstIndex(of: source.baseName.text), fieldOfParameter[parameter] == nil,
                let field = storedFieldName(assignment.leftOperand, parameters: names).flatMap({ info.fieldIndex[$0] }),
                !fieldOfParameter.contains(field), info.fields[field].type == method.parameterTypes[parameter]
            else { return nil }
            fieldOfParameter[parameter] = field
        }
        return fieldOfParameter.compactMap { $0 }
    }

    /// `self.name`, or `name` when no parameter hides the property.
    private func storedFieldName(_ target: ExprSyntax, parameters: [String]) -> String? {
        if let member = target.as(MemberAccessExprSyntax.self), member.declName.argumentNames == nil,
            let base = member.base?.as(DeclReferenceExprSyntax.self), base.baseName.tokenKind == .keyword(.self)
        {
            return member.declName.baseName.text
        }
        if let name = target.as(DeclReferenceExprSyntax.self), name.argumentNames == nil,
            !parameters.contains(name.baseName.text)
        {
            return name.baseName.text
        }
        return nil
    }
}

/// A construction through an initializer that only stores its parameters (see above).
func constructStoring(
    _ info: TypeInfo, _ storing: StoringFill, arguments evals: [EvalBox], initials: FieldInitials, frame: Frame,
    at: SourceLoc
) throws -> Value {
    guard initials.any else {
        // No initial values to run between: each argument is stored as it is evaluated.
        guard let fill = storing.fillRef else {
            throw ScriptError(.internalError("a storing construction without its fill"), at: at)
        }
        return try makeValue(info, initials: initials, frame: frame) { fields in
            try fill._withUnsafeGuaranteedRef { try $0.fill(frame, fields) }
        }
    }
    let arguments = try evals.values(frame)
    let fieldOfParameter = storing.fieldOfParameter
    return try makeValue(info, initials: initials, frame: frame) { fields in
        for index in arguments.indices { fields[fieldOfParameter[index]] = arguments[index] }
    }
}

/// Whether a construction can store its arguments (its initializer only stores its parameters)
/// and where, decided on the construction's first run: the initializer's body, which says which
/// field each parameter is stored in, may be lowered after the call that uses it. What a run
/// reads is kept as a flag and an unmanaged reference, read without reference counting (reading
/// the optional array and closure from their class retained both at every construction:
/// `bintree`).
final class StoringFill {
    /// The fill, called through its unretained reference.
    private var fill = UnretainedBox<SlotFillBox>(nil)
    var fillRef: Unmanaged<SlotFillBox>? { fill.ref }
    /// For each parameter, the field it is stored in.
    private(set) var fieldOfParameter: [Int] = []
    private var decided = false
    private var stores = false

    /// Whether a construction of `info` through `initializer` with `evals` stores them.
    @inline(__always)
    func applies(_ initializer: FunctionInfo, of info: TypeInfo, _ evals: [EvalBox]) -> Bool {
        if !decided { decide(initializer, of: info, evals) }
        return stores
    }

    private func decide(_ initializer: FunctionInfo, of info: TypeInfo, _ evals: [EvalBox]) {
        decided = true
        guard let fields = initializer.storedParameterFields, initializer.owner === info else { return }
        fill = UnretainedBox(SlotFillBox(slotFill(evals, into: fields)))
        fieldOfParameter = fields
        stores = true
    }
}

/// A `SlotFill` held in a class, to be called through an unmanaged reference.
final class SlotFillBox {
    let fill: SlotFill

    init(_ fill: @escaping SlotFill) {
        self.fill = fill
    }
}

/// The initial values of a type's stored properties (`var count = 0`), run whenever a value
/// of it is made, in declaration order.
struct FieldInitials {
    /// Per stored property, its initial value, if it has one.
    let evals: [EvalBox?]
    /// Whether any property has one: when none does, making a value runs nothing for them.
    let any: Bool

    init(_ fields: [TypeInfo.Field]) {
        evals = fields.map { field in field.initial.map(EvalBox.init) }
        any = evals.contains { $0 != nil }
    }
}

/// A new value of `info`, an instance for a class and a record for a struct: each stored
/// property starts at its initial value (`.void` when it has none), then `fill` writes over
/// them where they are stored. The one way a construction builds its fields.
func makeValue(
    _ info: TypeInfo, initials: FieldInitials, frame: Frame, fill: (UnsafeMutablePointer<Value>) throws -> Void
) throws -> Value {
    func build(_ fields: UnsafeMutablePointer<Value>) throws {
        if initials.any {
            for index in initials.evals.indices {
                if let initial = initials.evals[index] { fields[index] = try initial.run(frame) }
            }
        }
        try fill(fields)
    }
    let count = initials.evals.count
    if info.kind == .classType { return .object(try Instance.make(type: info, fieldCount: count, fill: build)) }
    var values = [Value](repeating: .void, count: count)
    try values.withUnsafeMutableBufferPointer { buffer in
        if let fields = buffer.baseAddress { try build(fields) }
    }
    return .record(RecordType(info), values)
}
