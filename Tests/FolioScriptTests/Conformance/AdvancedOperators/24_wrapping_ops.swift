let m = Int.max
print(m &+ 1, Int.min &- 1, m &* 2)
var h = 0
for c in [72, 101, 108, 108, 111] {
    h = h &* 31 &+ c
}
print(h)
var x = 1
for _ in 0..<70 { x = x &* 3 }
print(x)
