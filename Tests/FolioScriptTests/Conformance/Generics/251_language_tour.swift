protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Circle: Shape {
    var radius: Double
    var name: String { "circle" }
    func area() -> Double { 3.14159 * radius * radius }
}
struct Rectangle: Shape {
    var width: Double, height: Double
    var name: String { "rectangle" }
    func area() -> Double { width * height }
}
@propertyWrapper
struct Clamped<Value: Comparable> {
    private var value: Value
    let range: ClosedRange<Value>
    init(wrappedValue: Value, _ range: ClosedRange<Value>) {
        self.range = range
        value = min(max(wrappedValue, range.lowerBound), range.upperBound)
    }
    var wrappedValue: Value {
        get { value }
        set { value = min(max(newValue, range.lowerBound), range.upperBound) }
    }
}
struct Scale {
    @Clamped(0.5...2.0) var factor: Double = 1.0
}
@resultBuilder
struct ReportBuilder {
    static func buildBlock(_ lines: [String]...) -> [String] { lines.flatMap { $0 } }
    static func buildExpression(_ line: String) -> [String] { [line] }
    static func buildOptional(_ lines: [String]?) -> [String] { lines ?? [] }
    static func buildArray(_ groups: [[String]]) -> [String] { groups.flatMap { $0 } }
}
func report(@ReportBuilder _ body: () -> [String]) -> String { body().joined(separator: "\n") }
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
var scale = Scale()
scale.factor = 3
let shapes: [any Shape] = [Circle(radius: 1), Rectangle(width: 2, height: 3)]
let text = report {
    "scale \(scale.factor)"
    for shape in shapes {
        "\(shape.name): \(shape.area() * scale.factor)"
    }
    if let top = largest(shapes.map { $0.area() }) {
        "largest \(top)"
    }
}
print(text)
print(largest(["pear", "apple"]) ?? "-", largest([3, 1, 2]) ?? 0)
