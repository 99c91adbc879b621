func collatzSteps(_ start: Int) -> Int {
    var n = start
    var steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
var best = 0
var bestStart = 0
for s in 1..<1000 {
    let c = collatzSteps(s)
    if c > best {
        best = c
        bestStart = s
    }
}
print(bestStart, best)
