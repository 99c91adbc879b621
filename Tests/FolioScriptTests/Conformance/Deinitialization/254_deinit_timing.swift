class Token {
    let id: Int
    init(_ id: Int) { self.id = id }
    deinit { print("token \(id) freed") }
}
class Holder {
    var tokens: [Token] = []
    deinit { print("holder freed with \(tokens.count) tokens") }
}
func scoped() {
    let t = Token(1)
    print("made token \(t.id)")
}
scoped()
var holder: Holder? = Holder()
holder?.tokens.append(Token(2))
holder?.tokens.append(Token(3))
holder?.tokens.removeFirst()
print("dropping holder")
holder = nil
var tokens = [Token(4), Token(5)]
tokens = tokens.filter { $0.id == 5 }
let kept = Token(6)
print("end, keeping \(kept.id) and \(tokens[0].id)")
