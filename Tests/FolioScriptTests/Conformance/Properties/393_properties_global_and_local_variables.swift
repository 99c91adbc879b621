// The Swift Programming Language, Properties: Global and Local Variables (computed and observed
// variables, a property wrapper on a local variable).
@propertyWrapper
struct SmallNumber {
    private var number: Int
    private(set) var projectedValue: Bool

    var wrappedValue: Int {
        get { return number }
        set {
            if newValue > 12 {
                number = 12
                projectedValue = true
            } else {
                number = newValue
                projectedValue = false
            }
        }
    }

    init() {
        self.number = 0
        self.projectedValue = false
    }
    init(wrappedValue: Int) {
        self.number = min(wrappedValue, 12)
        self.projectedValue = false
    }
}

func someFunction() {
    @SmallNumber var myNumber: Int = 0

    myNumber = 10
    // now myNumber is 10
    print(myNumber)

    myNumber = 24
    // now myNumber is 12
    print(myNumber)
}
someFunction()

var storedTotal = 0 {
    didSet {
        print("storedTotal went from \(oldValue) to \(storedTotal)")
    }
}
var doubledTotal: Int {
    get { storedTotal * 2 }
    set { storedTotal = newValue / 2 }
}
storedTotal = 5
doubledTotal = 30
print(storedTotal, doubledTotal)

func localVariables() {
    var steps = 0 {
        willSet { print("about to set steps to \(newValue)") }
    }
    var half: Double { Double(steps) / 2 }
    steps = 7
    print(half)
}
localVariables()
