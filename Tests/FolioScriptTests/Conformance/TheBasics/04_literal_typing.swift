let x: Double = 1
let y = 2 * 3.5
let w: Double = 4
let z = w - 1
let v = 1 / 2
let u = 1 / 2.0
let arr: [Double] = [1, 2, 3]
print(x, y, z, v, u, arr)
let big = 1_000_000
let hex = 0xFF
let bin = 0b1010
let oct = 0o17
print(big, hex, bin, oct, 1_000.5, 1e3)
