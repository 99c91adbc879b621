class Animal {
    let name: String
    var sound: String { "..." }
    init(name: String) {
        self.name = name
    }
    func speak() -> String { "\(name) says \(sound)" }
}
class Dog: Animal {
    override var sound: String { "woof" }
    var tricks = 0
    func learn() { tricks += 1 }
}
class Cat: Animal {
    override func speak() -> String { super.speak() + "!" }
    override var sound: String { "meow" }
}
let animals: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom"), Animal(name: "Generic")]
for a in animals { print(a.speak()) }
let d = Dog(name: "Fido")
let alias = d
alias.learn()
alias.learn()
print(d.tricks)
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
let list = Node(1, next: Node(2, next: Node(3)))
var cur: Node? = list
var sum = 0
while let n = cur {
    sum += n.value
    cur = n.next
}
print(sum)
print(list.next?.next?.value ?? -1)
