struct Body { var x, y, z: Double; var m = 1.0 }
var b = Body(x: 1, y: 2, z: 3)
b.y += 1
print(b.x, b.y, b.z, b.m)
var p, q: Int
p = 1; q = 2
print(p + q)
func f() -> Double { var a, c: Double; a = 2; c = 3; return a * c }
print(f())
