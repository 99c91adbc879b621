// Methods and functions use globals of the same file, even ones declared after them.
func describe(_ n: Int) -> String { "\(n) \(unit)" + (n == 1 ? "" : "s") }
let unit = "step"
var audit: [String] = []
struct Walker {
    var position = 0
    mutating func step(_ d: Int) {
        position += d * stride
        audit.append(describe(d))
    }
}
class Registry {
    static var count = 0
    let name: String
    init(_ name: String) {
        self.name = prefix + name
        Registry.count += 1
        audit.append("registered \(self.name)")
    }
}
let stride = 3
let prefix = "#"
var w = Walker()
w.step(1)
w.step(2)
print(w.position)
let r = [Registry("a"), Registry("b")]
print(r.map { $0.name }, Registry.count)
print(audit)
