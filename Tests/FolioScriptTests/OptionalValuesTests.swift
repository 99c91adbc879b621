import Testing

@testable import FolioScript

/// Optionals of class instances, `Int` and `Double` are stored unboxed (`Value.some(_:)`);
/// every other wrapped value is boxed. Both forms must read, compare, hash and print as one.
@Suite struct OptionalValuesTests {
    @Test func wrappingChoosesTheUnboxedCaseAndUnwrappingRestoresTheValue() {
        let instance = Instance.make(type: TypeInfo(name: "Node", kind: .classType), fields: [])
        let object = Value.some(.object(instance))
        guard case .someObject(let stored) = object else {
            Issue.record("a wrapped instance is boxed: \(object)")
            return
        }
        #expect(stored === instance)
        guard case .someInt(7) = Value.some(.int(7)), case .someDouble(0.5) = Value.some(.double(0.5)),
            case .someBoxed(.string("a")) = Value.some(.string("a"))
        else {
            Issue.record("a wrapped scalar took the wrong case")
            return
        }
        #expect(Value.some(.string("a")).wrapped == .string("a"))
        #expect(Value.some(.int(7)).wrapped == .int(7))
        #expect(Value.int(7).wrapped == nil)
        #expect(Value.null.wrapped == nil)
    }

    @Test func optionalsCompareAndHashByWhatTheyHold() {
        #expect(Value.some(.int(3)) == Value.some(.int(3)))
        #expect(Value.some(.int(3)) != Value.some(.int(4)))
        #expect(Value.some(.int(3)) != Value.null)
        #expect(Value.some(.some(.int(3))) == Value.some(.some(.int(3))))
        #expect(Value.some(.some(.int(3))) != Value.some(.int(3)))
        #expect(Set([Value.some(.double(1)), .some(.double(1)), .null]).count == 2)
    }

    @Test func linkedNodesPrintAndUnwrapAsSwiftDoes() {
        let code = """
            final class Node {
                let value: Int
                var next: Node?
                init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
            }
            let list = Node(1, next: Node(2, next: Node(3)))
            var sum = 0
            var cursor: Node? = list
            while let node = cursor { sum += node.value; cursor = node.next }
            let lookup: [String: Int] = ["a": 1]
            let nested: Int?? = lookup["a"]
            print(sum, list.next?.next?.value as Any, list.next?.next?.next == nil, lookup["a"] as Any, nested as Any)
            print(list.next === list.next, list.next === list.next?.next, Int("12") == 12, Double("x") == nil)
            """
        #expect(output(code) == "6 Optional(3) true Optional(1) Optional(Optional(1))\ntrue false true true\n")
    }
}
