let big = Int.max
let r1 = big.addingReportingOverflow(1)
print(r1.partialValue, r1.overflow)
let r2 = 10.addingReportingOverflow(5)
print(r2.partialValue, r2.overflow)
let r3 = Int.min.subtractingReportingOverflow(1)
print(r3.partialValue, r3.overflow)
let r4 = (1 << 40).multipliedReportingOverflow(by: 1 << 30)
print(r4.partialValue, r4.overflow)
let r5 = 6.multipliedReportingOverflow(by: 7)
print(r5.partialValue, r5.overflow)
let r6 = 17.dividedReportingOverflow(by: 5)
print(r6.partialValue, r6.overflow)
let r7 = 17.remainderReportingOverflow(dividingBy: 5)
print(r7.partialValue, r7.overflow)
let (value, overflowed) = 100.addingReportingOverflow(Int.max)
print(value, overflowed)
func safeFactorial(_ n: Int) -> Int? {
    var acc = 1
    for i in 1...max(n, 1) {
        let (p, o) = acc.multipliedReportingOverflow(by: i)
        if o { return nil }
        acc = p
    }
    return acc
}
for n in [5, 20, 21, 25] {
    if let f = safeFactorial(n) { print(n, f) } else { print(n, "overflow") }
}
print(Int.max &+ 1 == Int.min, 5 &* 3, 7 &- 10)
