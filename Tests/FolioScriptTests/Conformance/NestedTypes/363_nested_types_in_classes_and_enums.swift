// The Swift Programming Language, Nested Types: types nested in a class and in an enumeration,
// referred to from outside by their qualified names.
class Deck {
    enum Suit: String, CaseIterable {
        case spades = "♠", hearts = "♡", diamonds = "♢", clubs = "♣"
    }
    struct Card {
        let rank: Int
        let suit: Suit
        var label: String { "\(rank)\(suit.rawValue)" }
    }
    var cards: [Card] = []
    init(ranks: ClosedRange<Int>) {
        for suit in Suit.allCases {
            for rank in ranks {
                cards.append(Card(rank: rank, suit: suit))
            }
        }
    }
}
let deck = Deck(ranks: 1...3)
print(deck.cards.map { $0.label })
let card = Deck.Card(rank: 9, suit: .hearts)
print(card.label, Deck.Suit.allCases.count)

enum Shape {
    struct Dimensions {
        var width: Double
        var height: Double
    }
    case rectangle(Dimensions)
    case square(Double)
    var area: Double {
        switch self {
        case .rectangle(let d): return d.width * d.height
        case .square(let side): return side * side
        }
    }
}
let shapes: [Shape] = [.rectangle(Shape.Dimensions(width: 2, height: 3.5)), .square(4)]
print(shapes.map { $0.area })
