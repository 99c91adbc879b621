// `inout` arguments of class methods (dynamic dispatch, overrides) write back to the caller,
// as they do for free functions and struct methods.
class Grid {
    func set(_ a: inout [Int]) { a[0] = 9 }
    func swapEnds(_ a: inout [Int], _ count: inout Int) {
        a.swapAt(0, a.count - 1)
        count += 1
    }
}

class LoggingGrid: Grid {
    override func set(_ a: inout [Int]) {
        a.append(-1)
        super.set(&a)
    }
}

var xs = [1, 2]
Grid().set(&xs)
print(xs)

let grids: [Grid] = [Grid(), LoggingGrid()]
var swaps = 0
for grid in grids {
    var ys = [3, 4, 5]
    grid.set(&ys)
    grid.swapEnds(&ys, &swaps)
    print(ys, swaps)
}

struct Holder {
    var values = [1, 1, 1]
}
var holder = Holder()
Grid().set(&holder.values)
print(holder.values)
