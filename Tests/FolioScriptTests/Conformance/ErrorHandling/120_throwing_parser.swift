enum ParseError: Error { case empty, notANumber(String), negative(Int) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    if n < 0 { throw ParseError.negative(n) }
    return n
}
for input in ["42", "", "abc", "-7"] {
    do {
        print("ok", try parse(input))
    } catch ParseError.empty {
        print("empty")
    } catch ParseError.notANumber(let s) {
        print("not a number:", s)
    } catch {
        print("other:", error)
    }
}
let total = ["1", "2", "x", "4"].compactMap { try? parse($0) }.reduce(0, +)
print(total)
