// Local types inside methods and closures, a local generic type, a local type with a nested
// type of its own, and a local enum with payloads that the function switches over.
struct Deck {
    var cards: [String]
    func draw(_ count: Int) -> [String] {
        struct Cursor {
            var position = 0
            mutating func advance() -> Int {
                position += 1
                return position - 1
            }
        }
        var cursor = Cursor()
        var hand: [String] = []
        while hand.count < count && cursor.position < cards.count { hand.append(cards[cursor.advance()]) }
        return hand
    }
}
print(Deck(cards: ["A", "K", "Q", "J"]).draw(3))

func evaluate(_ tokens: [String]) -> Int? {
    enum Token {
        case number(Int)
        case op(Character)
    }
    struct Stack<Element> {
        var items: [Element] = []
        mutating func push(_ item: Element) { items.append(item) }
        mutating func pop() -> Element? { items.popLast() }
    }
    var stack = Stack<Int>()
    for text in tokens {
        let token = Int(text).map { Token.number($0) } ?? Token.op(Character(text))
        switch token {
        case .number(let value):
            stack.push(value)
        case .op(let symbol):
            guard let right = stack.pop(), let left = stack.pop() else { return nil }
            switch symbol {
            case "+": stack.push(left + right)
            case "-": stack.push(left - right)
            case "*": stack.push(left * right)
            default: return nil
            }
        }
    }
    return stack.pop()
}
print(evaluate(["3", "4", "+", "2", "*"]) ?? -1, evaluate(["1", "+"]) ?? -1)

func chessboard() -> [String] {
    struct Board {
        enum Square: String {
            case light = ".", dark = "#"
        }
        let size: Int
        func row(_ r: Int) -> String {
            (0..<size).map { ($0 + r) % 2 == 0 ? Square.light.rawValue : Square.dark.rawValue }.joined()
        }
    }
    let board = Board(size: 4)
    return (0..<board.size).map(board.row)
}
print(chessboard())

let describe = { (values: [Int]) -> String in
    struct Range {
        var low: Int
        var high: Int
    }
    var range = Range(low: values[0], high: values[0])
    for v in values {
        range.low = min(range.low, v)
        range.high = max(range.high, v)
    }
    return "\(range.low)...\(range.high)"
}
print(describe([4, -2, 9, 0]))
