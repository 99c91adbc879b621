// Subscripts declared in extensions of standard types: Int, Double, String (whose own Swift
// subscript takes String.Index, so an Int subscript is the extension's), an array with a
// labelled subscript (its own a[i] stays the array's), and a fixed-width integer.
extension Int {
    subscript(digitIndex: Int) -> Int {
        var decimalBase = 1
        for _ in 0..<digitIndex {
            decimalBase *= 10
        }
        return (self / decimalBase) % 10
    }
    subscript(bit bit: Int) -> Bool {
        (self >> bit) & 1 == 1
    }
}
let n = 746381295
print(n[0], n[3], n[9], (n + 1)[0])
print(5[bit: 0], 5[bit: 1], 5[bit: 2])

extension Double {
    subscript(scale: Int) -> Double {
        var result = self
        for _ in 0..<scale { result *= 10 }
        return result
    }
}
print(1.5[2])

extension String {
    subscript(i: Int) -> Character {
        self[index(startIndex, offsetBy: i)]
    }
    subscript(from from: Int, to to: Int) -> String {
        let start = index(startIndex, offsetBy: from)
        let end = index(startIndex, offsetBy: to)
        return String(self[start..<end])
    }
}
let word = "subscript"
print(word[0], word[3], word[from: 3, to: 6])

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
let values = [10, 20, 30]
print(values[1], values[safe: 1] ?? -1, values[safe: 5] ?? -1)

extension UInt8 {
    subscript(nibble: Int) -> UInt8 {
        nibble == 0 ? self & 0x0F : self >> 4
    }
}
let byte: UInt8 = 0xA7
print(byte[0], byte[1])
