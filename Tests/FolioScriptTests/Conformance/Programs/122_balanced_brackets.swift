func balanced(_ s: String) -> Bool {
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    var stack: [Character] = []
    for c in s {
        if "([{".contains(c) { stack.append(c) }
        else if let open = pairs[c] {
            guard stack.last == open else { return false }
            stack.removeLast()
        }
    }
    return stack.isEmpty
}
for s in ["()", "([]{})", "(]", "((", "{[()()]}", ""] { print(s.isEmpty ? "<empty>" : s, balanced(s)) }
