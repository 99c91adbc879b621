// Inside a static method, the type's static properties hide globals of the same names (Swift
// looks up members before globals).
let made = "global"
var count = 100
struct Counter {
    static var made = 0
    static var count: Int { made * 10 }
    static func next() -> Int {
        made += 1
        return made
    }
    static func report() -> String { "\(made) \(count)" }
}
print(Counter.next(), Counter.next(), Counter.report(), made, count)
