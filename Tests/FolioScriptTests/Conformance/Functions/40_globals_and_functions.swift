var counter = 0
var log: [String] = []
func bump(by n: Int) {
    counter += n
    log.append("bump \(n)")
}
func total() -> Int { counter * 2 }
bump(by: 2)
bump(by: 5)
print(counter, total(), log)
