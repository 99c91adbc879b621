protocol Named { var name: String { get } }
extension Named { func tag() -> String { "#" + name } }
class Base: Named {
    var name: String
    init(name: String) { self.name = name }
}
class Derived: Base {
    var extra = 0
}
extension Derived {
    func summary() -> String { "\(name)/\(extra)" }
}
let d = Derived(name: "x")
d.name = "y"
d.extra = 3
print(d.summary(), d.tag(), d.name)
let b: Base = d
print(b.tag(), (b as? Derived)?.summary() ?? "-")
