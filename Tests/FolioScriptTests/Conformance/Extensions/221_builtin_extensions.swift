extension Double {
    var squared: Double { self * self }
    func clamped(_ lo: Double, _ hi: Double) -> Double { self < lo ? lo : (self > hi ? hi : self) }
    func rounded(places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
extension Int {
    var isEven: Bool { self % 2 == 0 }
    func squared() -> Int { self * self }
    func times(_ body: (Int) -> Void) {
        for i in 0..<self { body(i) }
    }
    mutating func bump() { self += 1 }
}
extension String {
    var isPalindrome: Bool {
        let letters = self.lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
}
extension Character {
    var isVowel: Bool { "aeiou".contains(self) }
}
print(3.0.squared, 2.5.clamped(0, 1), Double.pi.rounded(places: 3))
print(7.isEven, 10.isEven, 12.squared(), [1, 2, 3, 4].filter { $0.isEven })
var n = 41
n.bump()
print(n)
3.times { print("tick", $0) }
print("Never odd or even".isPalindrome, "folio".isPalindrome, "ab".repeated(3))
print("interpreter".filter { $0.isVowel }, Character("e").isVowel)
let xs = [0.5, 1.5, -2.0].map { $0.squared.clamped(0, 2) }
print(xs)
