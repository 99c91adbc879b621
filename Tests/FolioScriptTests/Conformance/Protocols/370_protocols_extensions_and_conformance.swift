// The Swift Programming Language, Protocols: Adding Protocol Conformance with an Extension,
// Conditionally Conforming, Declaring Adoption with an Extension, Synthesized
// Implementations, Collections of Protocol Types, Protocol Inheritance.
protocol TextRepresentable {
    var textualDescription: String { get }
}
class Dice {
    let sides: Int
    init(sides: Int) { self.sides = sides }
}
extension Dice: TextRepresentable {
    var textualDescription: String {
        return "A \(sides)-sided dice"
    }
}
let d12 = Dice(sides: 12)
print(d12.textualDescription)

extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String {
        let itemsAsText = self.map { $0.textualDescription }
        return "[" + itemsAsText.joined(separator: ", ") + "]"
    }
}
let myDice = [Dice(sides: 6), d12]
print(myDice.textualDescription)

struct Hamster {
    var name: String
    var textualDescription: String {
        return "A hamster named \(name)"
    }
}
extension Hamster: TextRepresentable {}
let simonTheHamster = Hamster(name: "Simon")
let somethingTextRepresentable: any TextRepresentable = simonTheHamster
print(somethingTextRepresentable.textualDescription)

struct Vector3D: Equatable {
    var x = 0.0, y = 0.0, z = 0.0
}
let twoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
let anotherTwoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
if twoThreeFour == anotherTwoThreeFour {
    print("These two vectors are also equivalent.")
}

enum SkillLevel: Comparable {
    case beginner
    case intermediate
    case expert(stars: Int)
}
var levels = [SkillLevel.intermediate, SkillLevel.beginner,
              SkillLevel.expert(stars: 5), SkillLevel.expert(stars: 3)]
for level in levels.sorted() {
    print(level)
}

let things: [any TextRepresentable] = [d12, simonTheHamster]
for thing in things {
    print(thing.textualDescription)
}

protocol PrettyTextRepresentable: TextRepresentable {
    var prettyTextualDescription: String { get }
}
struct Board: PrettyTextRepresentable {
    var squares: [Int]
    var textualDescription: String {
        return "A board with \(squares.count) squares"
    }
    var prettyTextualDescription: String {
        var output = textualDescription + ":\n"
        for index in 1...squares.count {
            switch squares[index - 1] {
            case let ladder where ladder > 0:
                output += "▲ "
            case let snake where snake < 0:
                output += "▼ "
            default:
                output += "○ "
            }
        }
        return output
    }
}
print(Board(squares: [0, 0, 8, 0, 0, 11, 0, -10, 0]).prettyTextualDescription)
