// Typed throws: `throw .case` names a member of the declared error type, a `do throws(E)`
// catch sees an `E`, typed and untyped throwing functions mix, and `throws(Never)` needs no try.
enum ParseError: Error {
    case empty
    case notANumber(String)
}
func parse(_ text: String) throws(ParseError) -> Int {
    if text.isEmpty { throw .empty }
    guard let value = Int(text) else { throw .notANumber(text) }
    return value
}
func sum(_ texts: [String]) throws(ParseError) -> Int {
    var total = 0
    for text in texts { total += try parse(text) }
    return total
}
for input in [["1", "2"], ["3", ""], ["4", "x5"]] {
    do throws(ParseError) {
        print(try sum(input))
    } catch {
        switch error {
        case .empty: print("an empty entry")
        case .notANumber(let text): print("not a number: \(text)")
        }
    }
}
func check(_ value: Int) throws {
    if value < 0 { throw ParseError.notANumber(String(value)) }
}
do {
    try check(1)
    try check(-2)
} catch ParseError.notANumber(let text) {
    print("caught", text)
} catch {
    print("other", error)
}
func safe() throws(Never) -> String { "no errors" }
print(safe(), (try? parse("12")) ?? 0, (try? parse("")) == nil)
