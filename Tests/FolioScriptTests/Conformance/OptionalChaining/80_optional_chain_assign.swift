struct Point { var x = 0; var y = 0 }
class Box { var p: Point? = nil; var n = 1 }
var p: Point? = nil
p?.x = 5
print(p == nil)
p = Point()
p?.x = 5
print(p!.x)
var b: Box? = nil
b?.n = 3
print(b == nil)
b = Box()
b?.n = 3
b?.p?.y = 9
print(b!.n, b!.p == nil)
b?.p = Point(x: 1, y: 2)
b?.p?.y += 9
print(b!.p!.y)
var arr: [Int]? = nil
arr?.append(1)
print(arr == nil)
arr = [1]
arr?.append(2)
arr?[0] = 7
print(arr!)
var d: [String: Int]? = ["a": 1]
d?["a"] = 2
print(d!["a"]!)
