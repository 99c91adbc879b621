class Counter { var n = 0; func inc() { n += 1 } }
let c1 = Counter()
let c2 = c1
c2.inc()
c1.inc()
print(c1.n, c2.n, c1 === c2)
let list = [Counter(), Counter()]
for c in list { c.inc() }
list[0].inc()
print(list.map { $0.n })
func bump(_ c: Counter) { c.n += 10 }
bump(c1)
print(c2.n)
struct Holder { var counter: Counter }
let h1 = Holder(counter: c1)
var h2 = h1
h2.counter.inc()
print(h1.counter.n)
