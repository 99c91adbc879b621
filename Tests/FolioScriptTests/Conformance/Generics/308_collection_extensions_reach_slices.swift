// `extension Collection` and `extension Sequence` methods reach an `ArraySlice`, keeping
// the slice's indices, and `extension Sequence` methods a program's own sequences.
extension Collection where Element: Comparable {
    func search(for key: Element) -> Index? {
        guard !isEmpty else { return nil }
        let middle = index(startIndex, offsetBy: distance(from: startIndex, to: endIndex) / 2)
        if self[middle] > key {
            return self[..<middle].search(for: key)
        } else if self[middle] < key {
            return self[index(after: middle)...].search(for: key)
        }
        return middle
    }
}

extension Sequence where Element: Numeric {
    func total() -> Element {
        var sum: Element = 0
        for value in self { sum += value }
        return sum
    }
}

extension Collection {
    var middle: Element? { isEmpty ? nil : self[index(startIndex, offsetBy: count / 2)] }
    func everyOther() -> [Element] {
        var result: [Element] = []
        var position = startIndex
        var take = true
        while position != endIndex {
            if take { result.append(self[position]) }
            take = !take
            position = index(after: position)
        }
        return result
    }
}

struct Countdown: Sequence, IteratorProtocol {
    var value: Int
    mutating func next() -> Int? {
        guard value > 0 else { return nil }
        defer { value -= 1 }
        return value
    }
}

struct Evens: Collection {
    let limit: Int
    var startIndex: Int { 0 }
    var endIndex: Int { limit }
    subscript(position: Int) -> Int { position * 2 }
    func index(after i: Int) -> Int { i + 1 }
    func makeIterator() -> AnyIterator<Int> {
        var i = 0
        return AnyIterator {
            guard i < limit else { return nil }
            i += 1
            return (i - 1) * 2
        }
    }
}

let sorted = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print(sorted.search(for: 13) as Any)
print(sorted.search(for: 4) as Any)
let tail = sorted[4...]
print(tail.search(for: 23) as Any)
print(tail.search(for: 2) as Any)
print(sorted[2..<6].total(), sorted.total())
print(tail.middle as Any, sorted.middle as Any)
print(tail.everyOther(), sorted.everyOther())
print(Countdown(value: 4).total())
let evens = Evens(limit: 7)
print(evens.total(), Countdown(value: 3).total())
let words = ["ant", "bee", "cat", "dog", "eel"]
print(words[1...].search(for: "dog") as Any, words.middle ?? "")
