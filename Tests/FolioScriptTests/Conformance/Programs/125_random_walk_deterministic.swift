struct LCG {
    var state: Int
    mutating func next() -> Int {
        state = (state &* 6364136223846793005 &+ 1442695040888963407)
        return (state >> 33) & 0x7fffffff
    }
}
var rng = LCG(state: 42)
var pos = 0
var maxPos = 0
var hist = [Int](repeating: 0, count: 4)
for _ in 0..<1000 {
    let r = rng.next() % 4
    hist[r] += 1
    pos += r < 2 ? 1 : -1
    maxPos = max(maxPos, pos)
}
print(pos, maxPos, hist)
