// Sorting with closures inside functions (the book's Closures chapter opens with
// sorted(by:)): sort(by:) on a function's own array, in a nested function too, sorted(by:)
// with a comparator that is one comparison, one that computes, one that captures, and structs
// sorted by a property (equal keys keep their order: Swift's sort is stable).
struct Runner {
    var lane: Int
    var time: Double
}

func descending(_ xs: [Double]) -> [Double] {
    xs.sorted { $0 > $1 }
}

func byDistance(_ xs: [Int], from target: Int) -> [Int] {
    var comparisons = 0
    let ordered = xs.sorted { a, b in
        comparisons += 1
        return abs(a - target) < abs(b - target)
    }
    return ordered.map { $0 * 1000 + comparisons }
}

func sortedInPlace(_ count: Int) -> [Int] {
    var values: [Int] = []
    for i in 0..<count {
        values.append(i * 37 % 23)
    }
    values.sort { $1 < $0 }
    return values
}

func residues(_ count: Int) -> [Int] {
    var values: [Int] = []
    for i in 0..<count {
        values.append(i * 7 % 10)
    }
    values.sort { a, b in
        if a % 3 != b % 3 { return a % 3 < b % 3 }
        return a > b
    }
    return values
}

func nested(_ xs: [Double]) -> [Double] {
    func inner() -> [Double] {
        var copy = xs
        copy.sort(by: <)
        return copy
    }
    return inner()
}

func podium(_ runners: [Runner]) -> [Int] {
    runners.sorted { $0.time < $1.time }.map { $0.lane }
}

func slowestFirst(_ runners: [Runner]) -> [Runner] {
    var field = runners
    field.sort { $0.time > $1.time }
    return field
}

print(descending([0.5, 3.25, -1, 2, 3.25]))
print(byDistance([5, 1, 9, 3, 7, 2], from: 4))
print(sortedInPlace(15))
print(residues(20))
print(nested([2.5, -0.5, 9, 1]))
let runners = [
    Runner(lane: 1, time: 10.2), Runner(lane: 2, time: 9.9), Runner(lane: 3, time: 10.2),
    Runner(lane: 4, time: 9.8), Runner(lane: 5, time: 10.0),
]
print(podium(runners))
for runner in slowestFirst(runners) {
    print(runner.lane, runner.time)
}
