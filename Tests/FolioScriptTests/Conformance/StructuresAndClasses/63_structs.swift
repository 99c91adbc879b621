struct Point {
    var x: Double
    var y: Double
    static let origin = Point(x: 0, y: 0)
    var length: Double { (x * x + y * y).squareRoot() }
    func moved(by d: Double) -> Point { Point(x: x + d, y: y + d) }
    mutating func scale(_ k: Double) {
        x *= k
        y *= k
    }
    static func distance(_ a: Point, _ b: Point) -> Double {
        let dx = a.x - b.x
        let dy = a.y - b.y
        return (dx * dx + dy * dy).squareRoot()
    }
}
var p = Point(x: 3, y: 4)
print(p)
print(p.length)
p.scale(2)
print(p.x, p.y)
let q = p.moved(by: 1)
print(q)
var r = q
r.x = 100
print(q.x, r.x)
print(Point.origin)
print(Point.distance(Point.origin, Point(x: 3, y: 4)))
struct Counter {
    var count = 0
    var label: String
    init(label: String) {
        self.label = label
    }
    mutating func increment() { count += 1 }
}
var c = Counter(label: "clicks")
c.increment()
c.increment()
print(c.label, c.count)
var pts = [Point(x: 1, y: 1), Point(x: 2, y: 2)]
pts[1].x = 5
pts[0].scale(10)
print(pts)
