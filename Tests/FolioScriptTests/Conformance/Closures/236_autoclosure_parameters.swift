// @autoclosure parameters: the argument is evaluated only when the function calls it.
var evaluations = 0
func expensive(_ x: Int) -> Int {
    evaluations += 1
    return x * 2
}
func logIfNeeded(_ enabled: Bool, _ message: @autoclosure () -> String) {
    if enabled { print("log:", message()) }
}
func firstNonZero(_ a: Int, _ b: @autoclosure () -> Int) -> Int {
    a != 0 ? a : b()
}
logIfNeeded(false, "value \(expensive(1))")
logIfNeeded(true, "value \(expensive(2))")
print(firstNonZero(3, expensive(10)), firstNonZero(0, expensive(10)))
print("evaluations:", evaluations)

struct Checker {
    var failures = 0
    mutating func require(_ condition: @autoclosure () -> Bool, _ name: String) {
        if !condition() { failures += 1; print("failed:", name) }
    }
}
var checker = Checker()
let values = [3, 1, 2]
checker.require(values.count == 3, "count")
checker.require(values.sorted() == [1, 2, 3], "sorted")
checker.require(values.first == 1, "first")
print("failures:", checker.failures)

var customers = ["Chris", "Alex", "Ewa"]
func serve(customer provider: @autoclosure () -> String) {
    print("Now serving \(provider())!")
}
serve(customer: customers.remove(at: 0))
print(customers)
