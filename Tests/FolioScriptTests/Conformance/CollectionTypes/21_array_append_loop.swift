var squares: [Int] = []
for i in 0..<10 { squares.append(i * i) }
print(squares)
var halves = [Double]()
for s in squares { halves.append(Double(s) / 2) }
print(halves)
var sum = 0.0
for h in halves { sum += h }
print(sum)
var words: [String] = []
words.append("alpha")
words.append(contentsOf: ["beta", "gamma"])
print(words, words.joined(separator: "-"))
