// A method returning nothing, called through an optional chain, is a Void? that compares with
// nil; so is an assignment through an optional chain.
class Lamp {
    var level = 0
    func toggle() { level = level == 0 ? 10 : 0 }
}
class Room {
    var lamp: Lamp?
}
let room = Room()
print(room.lamp?.toggle() == nil, room.lamp?.toggle() != nil)
if (room.lamp?.level = 5) == nil { print("no lamp to dim") }
room.lamp = Lamp()
print(room.lamp?.toggle() == nil, room.lamp?.level ?? -1)
if room.lamp?.toggle() != nil { print("toggled to", room.lamp?.level ?? -1) }
if (room.lamp?.level = 7) != nil { print("dimmed to", room.lamp!.level) }
var rooms: [Room?] = [room, nil, Room()]
for candidate in rooms {
    print(candidate?.lamp?.toggle() != nil, terminator: " ")
}
print()
rooms[0]?.lamp = nil
print(rooms[0]?.lamp?.toggle() == nil)
