// Capture lists: a strong item copies the value when the closure is made, `[name = expr]`
// evaluates an expression then, `weak` items read nil once their object is gone and keep
// nothing alive, `unowned` ones read the object; closures stored in the object they capture
// weakly or unowned let it deinitialize, as in Swift; `weak` and `unowned` local and global
// variables keep nothing alive either.
var counter = 1
let copied = { [counter] in "copied \(counter)" }
let shared = { "shared \(counter)" }
counter = 2
print(copied(), shared())

let a = 3
let b = 4
let sum = { [total = a + b, a] in total * 10 + a }
print(sum())

var makers: [() -> Int] = []
var i = 0
while i < 3 {
    makers.append { [i] in i * i }
    i += 1
}
print(makers.map { $0() })

class Resource {
    let name: String
    init(name: String) { self.name = name; print("open \(name)") }
    deinit { print("close \(name)") }
}

func probe() {
    var resource: Resource? = Resource(name: "file")
    let describe = { [weak resource] in resource?.name ?? "gone" }
    print(describe())
    resource = nil
    print(describe())
}
probe()

class Button {
    let title: String
    var onTap: (() -> String)?
    init(title: String) { self.title = title }
    func install() {
        onTap = { [unowned self] in "tapped \(self.title)" }
    }
    func installWeak() {
        onTap = { [weak self] in
            guard let self else { return "nobody" }
            return "weakly tapped \(self.title)"
        }
    }
    deinit { print("button \(title) deinit") }
}
var button: Button? = Button(title: "OK")
button?.install()
print(button?.onTap?() ?? "")
button?.installWeak()
let handler = button?.onTap
print(handler?() ?? "")
button = nil
print(handler?() ?? "", "after release")

class Timer {
    var ticks = 0
    lazy var tick: () -> Int = { [weak self] in
        guard let self else { return -1 }
        self.ticks += 1
        return self.ticks
    }
    deinit { print("timer deinit at \(ticks)") }
}
var timer: Timer? = Timer()
let step = timer!.tick
print(step(), step(), step())
timer = nil
print(step())

func weakLocals() {
    var strong: Resource? = Resource(name: "local")
    weak var observer = strong
    unowned let owner = strong!
    print(observer?.name ?? "none", owner.name)
    strong = nil
    print(observer?.name ?? "none", observer == nil)
    observer = Resource(name: "temporary")
    print(observer == nil)
}
weakLocals()
var global: Resource? = Resource(name: "global")
weak var globalObserver = global
global = nil
print(globalObserver == nil)
