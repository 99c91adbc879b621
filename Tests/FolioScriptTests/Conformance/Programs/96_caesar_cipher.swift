let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
func shift(_ c: Character, by k: Int) -> Character {
    let lower = Character(c.lowercased())
    guard let i = alphabet.firstIndex(of: lower) else { return c }
    let shifted = alphabet[((i + k) % 26 + 26) % 26]
    return c.isUppercase ? Character(shifted.uppercased()) : shifted
}
func caesar(_ s: String, _ k: Int) -> String { String(s.map { shift($0, by: k) }) }
let secret = caesar("Hello, Swift!", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz", 29))
