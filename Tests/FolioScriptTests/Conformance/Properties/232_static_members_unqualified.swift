// Static members named without the type inside static members and static property initializers.
struct Vec {
    var x: Double
    static let origin = 5.0
    static var made = 0
    static let unit = Vec(x: origin / 5)
    static var doubledOrigin: Double { origin * 2 }
    static func make() -> Vec {
        made += 1
        return Vec(x: origin + doubledOrigin)
    }
    static func twice() -> [Vec] { [make(), make()] }
}
enum Level {
    case low, high
    static func parse(_ s: String) -> Level { s == "h" ? high : low }
}
print(Vec.make().x, Vec.twice().count, Vec.made, Vec.unit.x, Level.parse("h"))
