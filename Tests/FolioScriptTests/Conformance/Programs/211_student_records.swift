import Foundation
struct Student {
    let name: String
    var grades: [Int]
    var average: Double { grades.isEmpty ? 0 : Double(grades.reduce(0, +)) / Double(grades.count) }
    var letter: Character {
        switch average {
        case 90...: return "A"
        case 80..<90: return "B"
        case 70..<80: return "C"
        default: return "F"
        }
    }
}
var roster = [
    Student(name: "ann", grades: [95, 88, 92]),
    Student(name: "bob", grades: [72, 65, 80]),
    Student(name: "cid", grades: [85, 91, 78]),
    Student(name: "dee", grades: []),
]
roster[3].grades.append(70)
roster[1].grades[1] += 10
for s in roster.sorted(by: { $0.average > $1.average }) {
    print(s.name, s.grades, s.average, s.letter)
}
let honor = roster.filter { $0.letter == "A" || $0.letter == "B" }.map { $0.name }
print(honor)
var byLetter: [Character: [String]] = [:]
for s in roster { byLetter[s.letter, default: []].append(s.name) }
for k in byLetter.keys.sorted() { print(k, byLetter[k]!) }
let best = roster.max { $0.average < $1.average }
print(best?.name ?? "none", String(format: "%.2f", best?.average ?? 0))
