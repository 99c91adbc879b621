/// Operands of a standard operator that Folio represents as another type: metatypes, whose
/// values are their types' names, and array slices where arrays are added.
extension Lowerer {
    /// `type(of: a) == Int.self` compares the names; `array + slice` and `slice + array` add
    /// the slice's elements.
    func adaptOperands(_ op: String, _ left: inout Typed, _ right: inout Typed) {
        if op == "==" || op == "!=", case .metatype = left.type, case .metatype = right.type {
            left = Typed(type: .string, eval: left.eval)
            right = Typed(type: .string, eval: right.eval)
        }
        if op == "+", left.type != right.type {
            if let elements = sliceAsArray(right), elements.type == left.type || left.type.arraySliceElement != nil {
                right = elements
            }
            if let elements = sliceAsArray(left), elements.type == right.type { left = elements }
        }
    }
}
