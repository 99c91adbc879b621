// The Swift Programming Language, Access Control: Subclassing, Private Members in Extensions,
// Initializers, Protocols.
public class A {
    fileprivate func someMethod() -> String { "A" }
}
internal class B: A {
    override internal func someMethod() -> String {
        "B over " + super.someMethod()
    }
}
print(B().someMethod())

protocol SomeProtocol {
    func doSomething() -> String
}
struct SomeStruct {
    private var privateVariable = 12
}
extension SomeStruct: SomeProtocol {
    func doSomething() -> String {
        "privateVariable is \(privateVariable)"
    }
}
print(SomeStruct().doSomething())

public struct Counter {
    private var count = 0
    public init() {}
    public mutating func tick() -> Int {
        count += 1
        return count
    }
}
var counter = Counter()
_ = counter.tick()
print(counter.tick())
