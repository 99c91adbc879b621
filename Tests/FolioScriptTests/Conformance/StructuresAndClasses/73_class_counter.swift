class Account {
    private(set) var balance: Double = 0
    static var count = 0
    init(initial: Double) {
        balance = initial
        Account.count += 1
    }
    func deposit(_ x: Double) { balance += x }
    func withdraw(_ x: Double) -> Bool {
        guard x <= balance else { return false }
        balance -= x
        return true
    }
}
let acct = Account(initial: 100)
acct.deposit(50)
print(acct.withdraw(30), acct.withdraw(500))
print(acct.balance)
_ = Account(initial: 1)
print(Account.count)
