class Shape {
    var name: String
    var sides: Int
    init(name: String, sides: Int) { self.name = name; self.sides = sides }
    func describe() -> String { "\(name) with \(sides) sides" }
    func area() -> Double { 0 }
    var summary: String { "shape \(name)" }
}
class Rect: Shape {
    var w: Double
    var h: Double
    init(w: Double, h: Double) {
        self.w = w
        self.h = h
        super.init(name: "rect", sides: 4)
    }
    override func describe() -> String { super.describe() + ", area \(area())" }
    override func area() -> Double { w * h }
    override var summary: String { super.summary + " [\(super.name)] \(super.sides)" }
}
class Square: Rect {
    init(side: Double) {
        super.init(w: side, h: side)
        name = "square"
    }
    override func describe() -> String { "[" + super.describe() + "]" }
    override func area() -> Double { super.area() + 0.0 }
}
let shapes: [Shape] = [Shape(name: "blob", sides: 0), Rect(w: 2, h: 3.5), Square(side: 3)]
for s in shapes {
    print(s.describe())
    print(s.summary)
}
