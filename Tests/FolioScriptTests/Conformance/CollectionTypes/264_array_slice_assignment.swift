// Assigning to a range of an array: the new elements may be fewer, more or none, the range
// may be one-sided, closed or half-open, an element of a struct, nested, and inside a function
// on an inout parameter.
var a = [0, 1, 2, 3, 4, 5, 6, 7]
a[1...3] = [10, 20]
print(a, a.count)
a[0..<0] = [-1, -2]
print(a)
a[2..<4] = []
print(a)
a[..<2] = [100]
print(a)
a[4...] = [7, 8, 9, 10]
print(a)
a[...0] = [1, 2, 3]
print(a)
let lo = 2
let hi = 4
a[lo..<hi] = [0, 0, 0, 0, 0]
print(a, a.count)
a[a.count...] = [42]
print(a.last ?? -1)

struct Deck {
    var cards: [String]
}
var deck = Deck(cards: ["A", "K", "Q", "J"])
deck.cards[1...2] = ["2", "3", "4"]
print(deck.cards)

var grid = [[1, 2, 3], [4, 5, 6]]
grid[1][0..<2] = [9]
print(grid)

func replaceMiddle(_ values: inout [Int], with replacement: [Int]) {
    values[1..<(values.count - 1)] = replacement[...]
}
var b = [1, 2, 3, 4, 5]
replaceMiddle(&b, with: [0])
print(b)
let copy = b
b[0...1] = [7, 7, 7]
print(copy, b)

var order: [String] = []
func index(_ n: Int) -> Int { order.append("index \(n)"); return n }
func values() -> [Int] { order.append("values"); return [5, 5] }
var c = [1, 2, 3]
c[index(0)..<index(1)] = values()[...]
print(c, order)

var words = ["x", "y"]
words[0..<2] = ["a", "b", "c"][1...]
print(words)
