var log: [String] = []
func step(_ name: String) -> Int {
    log.append("enter \(name)")
    defer { log.append("exit \(name)") }
    if name == "b" {
        defer { log.append("inner b") }
        return 2
    }
    return 1
}
_ = step("a")
_ = step("b")
print(log)
enum Failure: Error { case boom }
func mayThrow(_ fail: Bool) throws -> Int {
    defer { print("deferred, fail =", fail) }
    if fail { throw Failure.boom }
    return 7
}
print((try? mayThrow(false)) ?? -1)
print((try? mayThrow(true)) ?? -1)
for i in 0..<3 {
    defer { print("after", i) }
    if i == 1 { continue }
    print("body", i)
}
