struct Size {
    var w: Double
    var h: Double
    init(w: Double, h: Double) {
        self.w = w
        self.h = h
    }
    init(square side: Double) { self.init(w: side, h: side) }
    init() { self.init(square: 1) }
    var area: Double { w * h }
}
print(Size(w: 2, h: 3).area, Size(square: 4).area, Size().area)
class Component {
    let id: Int
    var name: String
    static var made: [String] = []
    init(id: Int, name: String) {
        self.id = id
        self.name = name
        Component.made.append(name)
    }
    convenience init(id: Int) {
        self.init(id: id, name: "c\(id)")
        name += "!"
    }
    func render() -> String { "<\(name)#\(id)>" }
}
let parts = [Component(id: 1), Component(id: 2, name: "label"), Component(id: 3)]
print(parts.map { $0.render() }.joined(), Component.made)
