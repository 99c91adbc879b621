// The Swift Programming Language, Deinitialization: a deinitializer reads the instance's
// properties; assigning a new instance to a variable deinitializes the old one.
class Player {
    static var count = 0
    let name: String
    var score = 0
    init(name: String) {
        self.name = name
        Player.count += 1
    }
    deinit {
        Player.count -= 1
        print("\(name) leaves with \(score) points; \(Player.count) players remain")
    }
}
var current = Player(name: "Anna")
current.score = 30
current = Player(name: "Brian")
current.score = 12
var team: [Player] = [Player(name: "Chris"), Player(name: "Dana")]
print(Player.count)
team.removeFirst()
print(Player.count)
team = []
print(Player.count, current.name)
