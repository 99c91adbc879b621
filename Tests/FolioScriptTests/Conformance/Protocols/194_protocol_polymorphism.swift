protocol Animal {
    var name: String { get }
    var legs: Int { get }
    func sound() -> String
}
extension Animal {
    var legs: Int { 4 }
    func introduce() -> String { "\(name) (\(legs) legs) says \(sound())" }
}
struct Dog: Animal {
    let name: String
    func sound() -> String { "woof" }
}
struct Bird: Animal {
    let name: String
    var legs: Int { 2 }
    func sound() -> String { "tweet" }
}
final class Snake: Animal {
    let name = "sid"
    let legs = 0
    func sound() -> String { "hiss" }
}
let zoo: [Animal] = [Dog(name: "rex"), Bird(name: "tweety"), Snake()]
for a in zoo { print(a.introduce()) }
print(zoo.map { $0.legs }.reduce(0, +))
protocol Stack {
    var items: [Int] { get }
    mutating func push(_ x: Int)
}
extension Stack {
    var top: Int? { items.last }
    var size: Int { items.count }
}
struct IntStack: Stack {
    var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
}
var st = IntStack()
st.push(1); st.push(2); st.push(3)
print(st.pop() ?? 0, st.top ?? 0, st.items, st.size)
func loudest(_ animals: [Animal]) -> String { animals.map { $0.sound().uppercased() }.joined(separator: "! ") }
print(loudest(zoo))
print(zoo[0] is Dog, zoo[1] is Dog, (zoo[2] as? Snake)?.legs ?? -1)
