func makeCounter(step: Int = 1) -> () -> Int {
    var count = 0
    return {
        count += step
        return count
    }
}
let a = makeCounter()
let b = makeCounter(step: 10)
print(a(), a(), b(), a(), b())
var handlers: [String: () -> String] = [:]
for word in ["one", "two", "three"] {
    handlers[word] = { word.uppercased() + "!" }
}
for key in ["three", "one", "two"] { print(handlers[key]!()) }
