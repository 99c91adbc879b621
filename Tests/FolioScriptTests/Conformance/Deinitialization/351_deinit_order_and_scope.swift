// The Swift Programming Language, Deinitialization: How Deinitialization Works (a
// deinitializer runs just before the instance is deallocated; a subclass's deinitializer runs
// before its superclass's).
class SomeClass {
    let name: String
    init(name: String) {
        self.name = name
        print("\(name) is being initialized")
    }
    deinit {
        print("SomeClass deinit for \(name)")
    }
}
class SomeSubclass: SomeClass {
    deinit {
        print("SomeSubclass deinit for \(name)")
    }
}
var reference: SomeClass? = SomeSubclass(name: "first")
reference = nil
func useTemporary() {
    let temporary = SomeClass(name: "temporary")
    print("using \(temporary.name)")
}
useTemporary()
print("after the function returned")
var a: SomeClass? = SomeClass(name: "shared")
var b = a
a = nil
print("one reference left")
b = nil
print("done")
