var total = 0
var adders: [(Int) -> Void] = []
for factor in 1...3 {
    adders.append { x in total += x * factor }
}
for add in adders { add(2) }
print(total)
func run() -> [Int] {
    var log: [Int] = []
    var actions: [() -> Void] = []
    for i in 0..<4 where i % 2 == 0 {
        actions.append { log.append(i) }
    }
    for action in actions { action() }
    actions.forEach { $0() }
    return log
}
print(run())
