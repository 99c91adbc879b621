print(Int.max, Int.min)
print(Int.max - 1 + 1, Int.min + 1)
print(Int.max / 2, Int.min / 2, Int.max % 10)
let big = 3_037_000_499
print(big * big)
print((-7).signum(), 0.signum(), 12.isMultiple(of: 4))
