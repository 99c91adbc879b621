var i = 0
while i < 5 {
    i += 2
}
print(i)
var j = 10
repeat {
    j -= 3
} while j > 0
print(j)
var k = 100
repeat { k += 1 } while false
print(k)
