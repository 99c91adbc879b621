func work(_ n: Int) -> Int {
    defer { print("leaving work(\(n))") }
    if n < 0 { return -1 }
    print("working on", n)
    return n * 2
}
print(work(3))
print(work(-1))
func nested() {
    defer { print("first defer") }
    defer { print("second defer") }
    for i in 0..<2 {
        defer { print("end of iteration", i) }
        print("iteration", i)
    }
}
nested()
enum E: Error { case bad }
func risky() throws {
    defer { print("cleanup") }
    throw E.bad
}
do { try risky() } catch { print("caught", error) }
