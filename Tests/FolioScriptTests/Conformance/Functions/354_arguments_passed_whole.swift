// Arguments that are the caller's own variables (structs, arrays, strings, objects), passed to
// functions and methods that copy, keep, return and throw them: each copy stays independent, and
// every object is freed exactly once, when its last reference goes.
var log: [String] = []

final class Token {
    let name: String
    init(_ name: String) { self.name = name }
    deinit { log.append("freed \(name)") }
}

struct Pair {
    var left: [Int]
    var right: String
    func joined(with other: Pair) -> Pair {
        Pair(left: left + other.left, right: right + other.right)
    }
    func itself() -> Pair { self }
}

var kept: [[Int]] = []
var keptTokens: [Token] = []

func appended(_ xs: [Int]) -> [Int] {
    var ys = xs
    ys.append(xs.count)
    return ys
}

func keep(_ xs: [Int]) { kept.append(xs) }

func keepToken(_ token: Token) { keepTokens(token, token) }

func keepTokens(_ a: Token, _ b: Token) {
    keptTokens.append(a)
    log.append("kept \(b.name)")
}

struct TooLong: Error {}

func checked(_ text: String) throws -> Int {
    if text.count > 3 { throw TooLong() }
    return text.count
}

func twice(_ p: Pair, _ q: Pair) -> Pair { p.joined(with: q).joined(with: p) }

func run() {
    var xs = [1, 2, 3]
    let ys = appended(xs)
    xs.append(9)
    print(xs, ys)
    keep(xs)
    xs[0] = 100
    print(xs, kept)

    var p = Pair(left: [1], right: "a")
    let q = Pair(left: [2, 3], right: "bc")
    let r = p.joined(with: q)
    p.left.append(7)
    print(p.left, p.right, r.left, r.right)
    let s = twice(p, q)
    print(s.left, s.right, p.itself().left)

    let word = "long word"
    do {
        print(try checked("abc"))
        print(try checked(word))
    } catch {
        print("too long:", word)
    }

    var token = Token("first")
    keepToken(token)
    token = Token("second")
    keepToken(token)
    log.append("replacing")
    token = Token("third")
    log.append("dropping kept")
    keptTokens.removeAll()
    log.append("end of run \(token.name)")
}

// A closure and a nested function that change the caller's variable while the callee holds
// its value: the callee's copy does not change.
func changedDuringTheCall() {
    var xs = [1, 2, 3]
    let grow = { xs.append(4) }
    func show(_ a: [Int], _ change: () -> Void) {
        change()
        print(a, xs)
    }
    show(xs, grow)
    func shrink(_ a: [Int]) -> Int {
        xs.removeAll()
        return a.count + xs.count
    }
    print(shrink(xs), xs)
}

run()
changedDuringTheCall()
log.append("after run")
print(log.joined(separator: "\n"))
