// The Swift Programming Language, Access Control: Access Control Syntax, Custom Types, Tuple
// and Function Types, Enumeration Types (the chapter's declarations, used so that they print).
public class SomePublicClass {
    public var somePublicProperty = 0            // explicitly public class member
    var someInternalProperty = 0                 // implicitly internal class member
    fileprivate func someFilePrivateMethod() -> String { "file-private" }
    private func somePrivateMethod() -> String { "private" }
    func callsPrivate() -> String { somePrivateMethod() }
}
class SomeInternalClass {
    var someInternalProperty = 1                 // implicitly internal class member
    fileprivate func someFilePrivateMethod() -> String { "file-private too" }
    private func somePrivateMethod() {}
}
fileprivate class SomeFilePrivateClass {
    func someFilePrivateMethod() -> String { "implicitly file-private" }
    private func somePrivateMethod() {}
}
private class SomePrivateClass {
    func somePrivateMethod() -> String { "implicitly private" }
}
public var somePublicVariable = 0
internal let someInternalConstant = 0
fileprivate func someFilePrivateFunction() -> Int { 3 }
private func somePrivateFunction() -> Int { 4 }
let publicInstance = SomePublicClass()
publicInstance.somePublicProperty = 5
print(publicInstance.somePublicProperty, publicInstance.someInternalProperty,
      publicInstance.someFilePrivateMethod(), publicInstance.callsPrivate())
print(SomeInternalClass().someFilePrivateMethod(), SomeFilePrivateClass().someFilePrivateMethod(),
      SomePrivateClass().somePrivateMethod())
print(somePublicVariable, someInternalConstant, someFilePrivateFunction(), somePrivateFunction())

public enum CompassPoint {
    case north
    case south
    case east
    case west
}
print(CompassPoint.west)
