// A protocol's `typealias Edge = GraphEdge<Self>` used in a conforming type, where `Self` is
// that type, as TheAlgorithms' Graph.swift has it (BeyondTheBook.md, #29).
struct GraphEdge<G: Graph> {
    var from: G.Node
    var to: G.Node
}
protocol Graph {
    typealias Edge = GraphEdge<Self>
    associatedtype Node: Equatable
    func edges(from: Node) -> [Edge]
}
struct Cities: Graph {
    typealias Node = String
    func edges(from node: String) -> [Edge] {
        [Edge(from: node, to: node + "'")]
    }
}
let road = GraphEdge<Cities>(from: "Oslo", to: "Bergen")
print(road.from, road.to, Cities().edges(from: "Rome").map { $0.to })
