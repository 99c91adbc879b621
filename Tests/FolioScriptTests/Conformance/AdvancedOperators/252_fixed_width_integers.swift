let a: UInt8 = 200
let b: UInt8 = 100
print(a &+ b, a &- 250, UInt8(truncatingIfNeeded: 513), UInt8(exactly: 300) == nil, UInt8(clamping: -5))
let bits: UInt8 = 0b1011_0000
print(bits >> 4, bits << 1, ~bits, bits & 0x0F, bits | 1, bits ^ 0xFF, bits.nonzeroBitCount, bits.leadingZeroBitCount)
print(UInt8.max, Int8.min, Int16.max, UInt32.max, Int64.min, UInt64.max, UInt8.bitWidth, Int32.bitWidth)
let big = UInt64.max
print(big, String(big, radix: 16), big / 3, Double(UInt8.max))
var counter: Int16 = 32_000
counter += 767
print(counter, Int(counter) * 2, Int8(-100) &* 3)
let pixels: [UInt8] = [10, 20, 250]
print(pixels.map { Int($0) }.reduce(0, +), pixels.max()!, pixels.sorted(by: >))
let pink: UInt32 = 0xCC6699
let red = (pink & 0xFF0000) >> 16, green = (pink & 0x00FF00) >> 8, blue = pink & 0x0000FF
print(red, green, blue, "\(red)-\(green)")
func checksum(_ bytes: [UInt8]) -> UInt8 {
    var sum: UInt8 = 0
    for byte in bytes { sum = sum &+ byte }
    return sum
}
print(checksum([200, 100, 7]))
let signed: Int32 = -5
print(signed / 2, signed % 2, signed.magnitudeText)
extension Int32 { var magnitudeText: String { self < 0 ? "minus \(-self)" : "\(self)" } }
