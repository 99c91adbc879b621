// Weak and unowned properties: a weak reference reads nil once the last strong reference is
// gone (and does not keep its object alive); reassigning, subclasses, arrays holding the only
// strong references, and a class-bound protocol as the referent.
class Node {
    let name: String
    weak var parent: Node?
    var children: [Node] = []
    init(_ name: String) { self.name = name }
    func add(_ child: Node) {
        children.append(child)
        child.parent = self
    }
    deinit { print("free \(name)") }
}
var root: Node? = Node("root")
let leaf = Node("leaf")
root!.add(leaf)
print(leaf.parent?.name ?? "orphan", root!.children.count)
root = nil
print(leaf.parent?.name ?? "orphan", leaf.parent == nil)

protocol Listener: AnyObject {
    func heard(_ message: String)
}
class Speaker {
    weak var listener: Listener?
    func say(_ message: String) {
        if let listener { listener.heard(message) } else { print("nobody heard \(message)") }
    }
}
class Ear: Listener {
    let id: Int
    init(id: Int) { self.id = id }
    func heard(_ message: String) { print("ear \(id) heard \(message)") }
    deinit { print("ear \(id) gone") }
}
let speaker = Speaker()
var ear: Ear? = Ear(id: 1)
speaker.listener = ear
speaker.say("hello")
var pool = [Ear(id: 2), Ear(id: 3)]
speaker.listener = pool[1]
ear = nil
speaker.say("again")
pool.removeLast()
speaker.say("third")
speaker.listener = nil
speaker.say("fourth")
print(pool.count)

class Owner {
    let label: String
    var token: Token?
    init(label: String) { self.label = label }
    deinit { print("owner \(label) gone") }
}
class Token {
    unowned let owner: Owner
    unowned var backup: Owner?
    init(owner: Owner) {
        self.owner = owner
        self.backup = nil
    }
    deinit { print("token gone") }
}
class SpecialToken: Token {
    weak var watcher: Node?
}
var owner: Owner? = Owner(label: "A")
owner!.token = SpecialToken(owner: owner!)
print(owner!.token!.owner.label, owner!.token!.backup == nil)
let keep = Node("kept")
func inspect(_ owner: Owner) {
    if let special = owner.token as? SpecialToken {
        special.watcher = keep
        special.backup = owner
        print(special.watcher?.name ?? "-", special.backup?.label ?? "-")
    }
}
inspect(owner!)
owner = nil
print("end")
