// `for-in` with a `where` clause (The Swift Programming Language, Control Flow: "Where"), in
// functions whose loops run in register form: over ranges, arrays and `enumerated()`, with
// `continue` and `break` inside, and a clause that reads a variable the body changes.

func sumOfMultiples(below n: Int, of k: Int) -> Int {
    var total = 0
    for i in 0..<n where i % k == 0 {
        total += i
    }
    return total
}

func positiveMean(_ xs: [Double]) -> Double {
    var sum = 0.0
    var count = 0
    for x in xs where x > 0 {
        sum += x
        count += 1
    }
    return count == 0 ? 0 : sum / Double(count)
}

func evenIndexedUntil(_ xs: [Int], limit: Int) -> Int {
    var total = 0
    for (i, x) in xs.enumerated() where i % 2 == 0 {
        if x < 0 { continue }
        if total + x > limit { break }
        total += x
    }
    return total
}

func budgetedSteps(_ n: Int) -> Int {
    var budget = 10
    var taken = 0
    for i in 1...n where budget > i {
        budget -= 1
        taken += i
    }
    return taken * 100 + budget
}

func countAbove(_ m: [[Double]], _ threshold: Double) -> Int {
    var count = 0
    for row in m {
        for v in row where v > threshold { count += 1 }
    }
    return count
}

print(sumOfMultiples(below: 100, of: 7), sumOfMultiples(below: 0, of: 3))
print(positiveMean([3, -1, 4.5, -2, 0, 8]), positiveMean([-1, -2]))
print(evenIndexedUntil([5, 100, -3, 100, 7, 100, 9, 100, 40], limit: 25))
print(budgetedSteps(8), budgetedSteps(2))
print(countAbove([[0.5, 1.5], [2.5, -1], [3, 3]], 1))
