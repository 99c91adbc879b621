let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2)
var flags = 0
for bit in [0, 3, 5] { flags |= 1 << bit }
print(flags)
flags &= ~(1 << 3)
print(flags)
print(255.nonzeroBitCount, 8.trailingZeroBitCount)
func popcount(_ x: Int) -> Int {
    var n = x, c = 0
    while n != 0 { c += n & 1; n >>= 1 }
    return c
}
print((0..<10).map(popcount))
