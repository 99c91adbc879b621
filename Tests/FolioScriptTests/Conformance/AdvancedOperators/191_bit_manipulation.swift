func popcount(_ x: Int) -> Int {
    var n = x, c = 0
    while n != 0 { n &= n - 1; c += 1 }
    return c
}
print((0..<16).map(popcount))
print(255.nonzeroBitCount, 8.trailingZeroBitCount, (1 << 62).leadingZeroBitCount)
print(0b1010 | 0b0101, 0b1100 & 0b1010, 0b1100 ^ 0b1010, ~0, -8 >> 1, 1 << 10)
print(0xFF, 0o17, 1_000_000)
var flags = 0
let read = 1 << 0, write = 1 << 1, exec = 1 << 2
flags |= read | exec
print(flags & write != 0, flags & exec != 0, flags)
flags ^= exec
print(flags)
func toBinary(_ n: Int) -> String {
    if n == 0 { return "0" }
    var s = ""
    var v = n
    while v > 0 { s = String(v & 1) + s; v >>= 1 }
    return s
}
print(toBinary(10), toBinary(255))
var gray: [String] = []
for i in 0..<8 {
    let g = i ^ (i >> 1)
    let s = toBinary(g)
    gray.append(String(repeating: "0", count: 3 - s.count) + s)
}
print(gray)
print(Int.bitWidth)
