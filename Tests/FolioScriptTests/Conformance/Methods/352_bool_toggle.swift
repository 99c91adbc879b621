// Bool's toggle() on a variable, an array element and a struct's property, as the book's
// Enumerations and Memory Safety chapters use it.
struct Light {
    var on = false
    mutating func flip() { on.toggle() }
}
var flag = false
flag.toggle()
var switches = [true, false, true]
switches[1].toggle()
var light = Light()
light.flip()
light.on.toggle()
light.on.toggle()
print(flag, switches, light.on)
