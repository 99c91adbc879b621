func outer(_ n: Int) -> Int {
    var calls = 0
    func helper(_ k: Int) -> Int {
        calls += 1
        if k <= 1 { return 1 }
        return k * helper(k - 1)
    }
    func twice(_ k: Int) -> Int { helper(k) + helper(k) }
    let r = twice(n)
    return r * 1000 + calls
}
print(outer(5))
func isEven(_ n: Int) -> Bool {
    func odd(_ k: Int) -> Bool { k == 0 ? false : even(k - 1) }
    func even(_ k: Int) -> Bool { k == 0 ? true : odd(k - 1) }
    return even(n)
}
print(isEven(10), isEven(7))
