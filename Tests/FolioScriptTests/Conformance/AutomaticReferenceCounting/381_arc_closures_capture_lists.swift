// The Swift Programming Language, Automatic Reference Counting: Strong Reference Cycles for
// Closures, Resolving Them with Capture Lists (the HTML element).
class HTMLElement {

    let name: String
    let text: String?

    lazy var asHTML: () -> String = {
        [unowned self] in
        if let text = self.text {
            return "<\(self.name)>\(text)</\(self.name)>"
        } else {
            return "<\(self.name) />"
        }
    }

    init(name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }

    deinit {
        print("\(name) is being deinitialized")
    }

}
let heading = HTMLElement(name: "h1")
let defaultText = "some default text"
heading.asHTML = {
    return "<\(heading.name)>\(heading.text ?? defaultText)</\(heading.name)>"
}
print(heading.asHTML())

var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())
paragraph = nil
print("paragraph released")

class Counter {
    var count = 0
    lazy var increment: () -> Int = { [weak self] in
        guard let self else { return -1 }
        self.count += 1
        return self.count
    }
    deinit { print("counter is being deinitialized") }
}
var counter: Counter? = Counter()
let step = counter!.increment
print(step(), step())
counter = nil
print(step())
