class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    func speak() -> String { "\(name) says \(sound())" }
}
class Dog: Animal { override func sound() -> String { "woof" } }
class Puppy: Dog {
    override func sound() -> String { super.sound() + " (tiny)" }
}
class Cat: Animal {
    var lives = 9
    override func sound() -> String { "meow" }
}
let zoo: [Animal] = [Animal(name: "generic"), Dog(name: "rex"), Puppy(name: "bit"), Cat(name: "tom")]
for a in zoo { print(a.speak()) }
print(zoo.filter { $0 is Dog }.count)
if let cat = zoo[3] as? Cat { print(cat.lives) }
