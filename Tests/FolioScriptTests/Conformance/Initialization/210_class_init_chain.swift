class Logger {
    var lines: [String] = []
    func log(_ s: String) { lines.append(s) }
    static let shared = Logger()
}
class Component {
    let id: Int
    var name: String
    init(id: Int, name: String) {
        self.id = id
        self.name = name
        Logger.shared.log("component \(id)")
    }
    func render() -> String { "<\(name)>" }
}
class Button: Component {
    var title: String
    init(id: Int, title: String) {
        self.title = title
        super.init(id: id, name: "button")
        Logger.shared.log("button \(title)")
    }
    override func render() -> String { "<\(name) \(title)>" }
}
let views: [Component] = [Component(id: 1, name: "c1"), Button(id: 2, title: "OK"), Component(id: 3, name: "label")]
print(views.map { $0.render() }.joined())
print(Logger.shared.lines)
print(views.map { $0.id }, (views[1] as? Button)?.title ?? "")
