// Methods of a final class called inside functions (The Swift Programming Language, Methods:
// "Instance Methods", "Type Methods"; Structures and Classes: classes are reference types): a
// method changes the instance's properties in place (`balance += amount`), another reads them,
// one links instances, a type method builds one; the methods and the functions calling them run
// in register form.

final class Account {
    var balance: Int
    var history: Int
    var next: Account?
    init(balance: Int, history: Int) {
        self.balance = balance
        self.history = history
    }
    func deposit(_ amount: Int) {
        balance += amount
        history += 1
    }
    func fee(for amount: Int) -> Int { amount / 100 }
    func link(_ other: Account) { next = other }
    func chainTotal() -> Int {
        var total = balance
        var current = next
        while let account = current {
            total += account.balance
            current = account.next
        }
        return total
    }
    static func opening(_ amount: Int) -> Account { Account(balance: amount, history: 0) }
}
func bank(_ rounds: Int) -> Int {
    let a = Account.opening(10)
    let b = Account(balance: 5, history: 0)
    a.link(b)
    for i in 0..<rounds {
        let account = i % 2 == 0 ? a : b
        let amount = i % 1000
        account.deposit(amount - account.fee(for: amount))
    }
    return a.chainTotal() * 10 + a.history + b.history
}
print(bank(1000))
func transfer(_ amount: Int, from source: Account, to target: Account) -> Bool {
    guard source.balance >= amount else { return false }
    source.deposit(-amount)
    target.deposit(amount)
    return true
}
let x = Account.opening(100)
let y = Account(balance: 0, history: 0)
print(transfer(30, from: x, to: y), transfer(80, from: x, to: y), x.balance, y.balance, x.history)
x.link(y)
print(x.chainTotal(), y.chainTotal(), x.next === y)
