// The Swift Programming Language, Memory Safety: Conflicting Access to Properties (the
// overlapping accesses that are safe: a local structure's stored properties).
struct Player {
    var name: String
    var health: Int
    var energy: Int
}
func balance(_ x: inout Int, _ y: inout Int) {
    let sum = x + y
    x = sum / 2
    y = sum - x
}
func someFunction() {
    var oscar = Player(name: "Oscar", health: 10, energy: 10)
    balance(&oscar.health, &oscar.energy)  // OK
    print(oscar.health, oscar.energy)
}
someFunction()

var playerInformation = (health: 10, energy: 20)
var health = playerInformation.health
var energy = playerInformation.energy
balance(&health, &energy)
playerInformation = (health, energy)
print(playerInformation)
