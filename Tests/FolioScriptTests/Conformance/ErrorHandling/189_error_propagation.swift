enum ParseError: Error, Equatable {
    case empty
    case badCharacter(Character, at: Int)
    case tooLarge(Int)
}
func parseDigits(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    var v = 0
    for (i, c) in s.enumerated() {
        guard let d = c.wholeNumberValue else { throw ParseError.badCharacter(c, at: i) }
        v = v * 10 + d
        if v > 9999 { throw ParseError.tooLarge(v) }
    }
    return v
}
func sumAll(_ items: [String]) throws -> Int {
    var total = 0
    for s in items { total += try parseDigits(s) }
    return total
}
for input in [["1", "22", "333"], ["5", "x9"], ["", "1"], ["99999"]] {
    do {
        print("sum", try sumAll(input))
    } catch let e as ParseError {
        switch e {
        case .empty: print("empty input")
        case .badCharacter(let c, let i): print("bad", c, "at", i)
        case .tooLarge(let v): print("too large", v)
        }
    } catch {
        print("unexpected")
    }
}
let values = ["12", "a", "7"].map { try? parseDigits($0) }
print(values)
print((try? parseDigits("")) ?? -1)
func retry(times: Int, _ body: (Int) throws -> Int) rethrows -> Int {
    var last = 0
    for i in 0..<times { last = try body(i) }
    return last
}
print(try retry(times: 3) { $0 * 2 })
do {
    _ = try retry(times: 5) { i in
        if i == 2 { throw ParseError.tooLarge(i) }
        return i
    }
} catch {
    print("caught", error, error as? ParseError == .tooLarge(2))
}
