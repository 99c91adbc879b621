var stack = [1, 2, 3]
var thunks: [() -> Int] = []
while let top = stack.popLast() {
    thunks.append { top * top }
}
print(thunks.map { $0() })
var k = 0
var seen: [() -> Int] = []
repeat {
    let value = k * 3
    seen.append { value }
    k += 1
} while k < 4
print(seen.map { $0() })
