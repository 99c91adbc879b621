// The Swift Programming Language, Automatic Reference Counting: ARC in Action, Strong
// Reference Cycles Between Class Instances, Weak References.
class Person {
    let name: String
    init(name: String) {
        self.name = name
        print("\(name) is being initialized")
    }
    deinit {
        print("\(name) is being deinitialized")
    }
}
var reference1: Person?
var reference2: Person?
var reference3: Person?
reference1 = Person(name: "John Appleseed")
reference2 = reference1
reference3 = reference1
reference1 = nil
reference2 = nil
print("two references gone")
reference3 = nil

class Tenant {
    let name: String
    init(name: String) { self.name = name }
    var apartment: Apartment?
    deinit { print("\(name) is being deinitialized") }
}
class Apartment {
    let unit: String
    init(unit: String) { self.unit = unit }
    weak var tenant: Tenant?
    deinit { print("Apartment \(unit) is being deinitialized") }
}
var john: Tenant?
var unit4A: Apartment?
john = Tenant(name: "John Appleseed")
unit4A = Apartment(unit: "4A")
john!.apartment = unit4A
unit4A!.tenant = john
print(unit4A!.tenant?.name ?? "nobody")
john = nil
print(unit4A!.tenant?.name ?? "nobody")
unit4A = nil
print("end")
