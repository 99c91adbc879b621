struct Point { var x: Int, y: Int }
var a = Point(x: 1, y: 2)
var b = a
b.x = 100
print(a.x, b.x)
var arr = [a, b]
var copy = arr
copy[0].y = -1
print(arr[0].y, copy[0].y)
func moved(_ p: Point) -> Point { var q = p; q.x += 1; return q }
print(moved(a).x, a.x)
func move(_ p: inout Point) { p.x += 5 }
move(&a)
move(&arr[1])
print(a.x, arr[1].x)
