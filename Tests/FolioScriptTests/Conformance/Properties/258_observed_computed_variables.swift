// Computed and observed variables outside types: globals and locals, compound assignment,
// mutating methods through the accessors, observers that do not observe their own writes,
// closures capturing locals, and a property wrapper with a projection on a local.
var celsius = 20.0
var fahrenheit: Double {
    get { celsius * 9 / 5 + 32 }
    set(degrees) { celsius = (degrees - 32) * 5 / 9 }
}
print(fahrenheit)
fahrenheit = 212
print(celsius, fahrenheit)
fahrenheit += 18
print(celsius)

var history: [Int] = [] {
    willSet { print("history will have \(newValue.count) entries") }
    didSet(previous) { print("history grew from \(previous.count) to \(history.count)") }
}
history.append(1)
history += [2, 3]
history[0] = 10
print(history)

var clamped = 0 {
    didSet {
        if clamped > 100 { clamped = 100 }
    }
}
clamped = 250
print(clamped)
clamped -= 30
print(clamped)

func tally(_ words: [String]) -> Int {
    var count = 0 {
        didSet { if count % 2 == 0 { print("even at \(count)") } }
    }
    var last: String {
        words.isEmpty ? "-" : words[count - 1]
    }
    for _ in words {
        count += 1
    }
    print(last)
    let bump = { count += 10 }
    bump()
    return count
}
print(tally(["a", "b", "c", "d"]))

@propertyWrapper
struct Percent {
    private var value = 0.0
    var projectedValue = 0
    var wrappedValue: Double {
        get { value }
        set {
            value = min(max(newValue, 0), 1)
            projectedValue += 1
        }
    }
    init(wrappedValue: Double) { self.wrappedValue = wrappedValue }
}
func adjust() {
    @Percent var level = 0.5
    level += 0.7
    print(level, $level)
    level = -3
    print(level, $level)
}
adjust()
var area: Int { 6 * 7 }
print(area, area + 1)
