func mean(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
print(mean(1, 2, 3, 4), mean(), mean(10))
func join(_ parts: String..., separator: String = ", ", prefix: String = "") -> String {
    prefix + parts.joined(separator: separator)
}
print(join("a", "b", "c"))
print(join("x", "y", separator: "-"))
print(join("solo", prefix: "> "))
func box(width: Int = 10, height: Int = 2, fill: Character = "#") -> [String] {
    Array(repeating: String(repeating: fill, count: width), count: height)
}
print(box(), box(width: 3), box(height: 1, fill: "."))
func log(_ level: String = "info", _ messages: String...) -> String { "[\(level)] " + messages.joined(separator: " ") }
print(log("warn", "disk", "full"))
func sumOf(_ first: Int, _ rest: Int...) -> Int { rest.reduce(first, +) }
print(sumOf(1), sumOf(1, 2, 3, 4, 5))
func describe(name: String, age: Int? = nil, tags: [String] = []) -> String {
    var s = name
    if let a = age { s += " (\(a))" }
    if !tags.isEmpty { s += " " + tags.joined(separator: "/") }
    return s
}
print(describe(name: "ann"), describe(name: "bob", age: 3), describe(name: "cy", tags: ["x", "y"]))
