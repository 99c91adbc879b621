// The Swift Programming Language, Methods: Modifying Value Types from Within Instance Methods,
// Assigning to self Within a Mutating Method.
struct Point {
    var x = 0.0, y = 0.0
    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        x += deltaX
        y += deltaY
    }
}
var somePoint = Point(x: 1.0, y: 1.0)
somePoint.moveBy(x: 2.0, y: 3.0)
print("The point is now at (\(somePoint.x), \(somePoint.y))")

struct OtherPoint {
    var x = 0.0, y = 0.0
    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        self = OtherPoint(x: x + deltaX, y: y + deltaY)
    }
}
var otherPoint = OtherPoint(x: 1.0, y: 1.0)
otherPoint.moveBy(x: -2.5, y: 0.5)
print("The point is now at (\(otherPoint.x), \(otherPoint.y))")

enum TriStateSwitch {
    case off, low, high
    mutating func next() {
        switch self {
        case .off:
            self = .low
        case .low:
            self = .high
        case .high:
            self = .off
        }
    }
}
var ovenLight = TriStateSwitch.low
ovenLight.next()
print(ovenLight)
ovenLight.next()
print(ovenLight)
