let xs = [1, 3, 5, 6, 7, 9, 10]
print(Array(xs.prefix(while: { $0 % 2 == 1 })))
print(Array(xs.drop(while: { $0 < 6 })))
print(xs.prefix(3).reduce(0, +))
print(Array(xs.dropFirst(2)))
print(Array(xs.dropLast(3)))
print(Array(xs.suffix(2)))
let s = "   hello world"
let trimmed = String(s.drop(while: { $0 == " " }))
print(trimmed)
let word = String(trimmed.prefix(while: { $0 != " " }))
print(word, word.count)
let digits = "12345abc"
let number = Int(String(digits.prefix(while: { $0.isNumber }))) ?? -1
print(number)
print(String(digits.drop(while: { $0.isNumber })))
let empty: [Int] = []
print(Array(empty.prefix(while: { $0 > 0 })), Array(empty.drop(while: { $0 > 0 })))
