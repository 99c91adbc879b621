struct Temperature {
    var celsius: Double
    static let absoluteZero = -273.15
    static var conversions = 0
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    var kelvin: Double { celsius - Temperature.absoluteZero }
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) {
        self.celsius = (fahrenheit - 32) * 5 / 9
        Temperature.conversions += 1
    }
    mutating func warm(by d: Double) { celsius += d }
    static func average(_ ts: [Temperature]) -> Temperature {
        Temperature(celsius: ts.map { $0.celsius }.reduce(0, +) / Double(ts.count))
    }
}
var t = Temperature(celsius: 20)
print(t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius)
t.warm(by: -50)
print(t.celsius)
let u = Temperature(fahrenheit: 32)
print(u.celsius, Temperature.conversions)
let avg = Temperature.average([t, u, Temperature(celsius: 10)])
print(avg.celsius, Temperature.absoluteZero)
struct Point: Equatable, Hashable {
    var x = 0, y = 0
    func distance(to p: Point) -> Int { abs(x - p.x) + abs(y - p.y) }
    static let zero = Point()
}
let p = Point(x: 3, y: -4)
print(p.distance(to: .zero), p == Point(x: 3, y: -4), Point() == .zero)
let visited: Set<Point> = [p, Point.zero, Point(x: 3, y: -4)]
print(visited.count)
