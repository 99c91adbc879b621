struct Stepper {
    var log: [String] = []
    var value: Int = 0 {
        willSet { log.append("will \(value)->\(newValue)") }
        didSet { log.append("did \(oldValue)->\(value)") }
    }
    init() { value = 100 }
    mutating func reset() { value = 0 }
}
var s = Stepper()
print(s.value, s.log)
s.value = 3
s.value += 2
s.reset()
print(s.log)
class Thermostat {
    var changes = 0
    var history: [Double] = []
    var target: Double = 20 {
        willSet(proposed) { history.append(proposed) }
        didSet {
            if target > 30 { target = 30 }
            changes += 1
        }
    }
    var label: String { "target=\(target)" }
}
let th = Thermostat()
th.target = 25
th.target = 40
th.target -= 2.5
print(th.target, th.changes, th.history, th.label)
struct Account {
    var balance = 0 {
        didSet { if balance < 0 { overdrafts += 1 } }
    }
    var overdrafts = 0
}
var accounts = [Account(), Account()]
accounts[0].balance -= 10
accounts[1].balance += 5
accounts[0].balance += 3
print(accounts.map { $0.balance }, accounts.map { $0.overdrafts })
