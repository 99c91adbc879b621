class Thermostat {
    var changes = 0
    var stored: Double = 20
    var target: Double {
        get { stored }
        set {
            stored = min(newValue, 30)
            changes += 1
        }
    }
    var label: String { "target=\(target)" }
}
let th = Thermostat()
th.target = 25
th.target = 40
th.target -= 1
print(th.target, th.changes, th.label)
struct Rect {
    var w: Double, h: Double
    var area: Double { w * h }
    var square: Bool { w == h }
    var size: (Double, Double) {
        get { (w, h) }
        set { (w, h) = newValue }
    }
}
var r = Rect(w: 2, h: 3)
print(r.area, r.square)
r.size = (4, 4)
print(r.area, r.square, r.size)
