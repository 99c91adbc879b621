enum BankError: Error {
    case insufficientFunds(needed: Int)
    case invalidAmount
    case frozen
}
class Account {
    let owner: String
    private(set) var balance: Int
    var frozen = false
    init(owner: String, balance: Int) { self.owner = owner; self.balance = balance }
    func withdraw(_ amount: Int) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        guard !frozen else { throw BankError.frozen }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }
    func deposit(_ amount: Int) throws {
        if amount <= 0 { throw BankError.invalidAmount }
        balance += amount
    }
}
func transfer(_ amount: Int, from a: Account, to b: Account) throws {
    try a.withdraw(amount)
    try b.deposit(amount)
}
let alice = Account(owner: "alice", balance: 100)
let bob = Account(owner: "bob", balance: 20)
let attempts = [30, 0, 200, 50]
for amount in attempts {
    do {
        try transfer(amount, from: alice, to: bob)
        print("ok", amount, alice.balance, bob.balance)
    } catch BankError.insufficientFunds(let needed) {
        print("short by", needed)
    } catch BankError.invalidAmount {
        print("invalid", amount)
    } catch {
        print("other", error)
    }
}
bob.frozen = true
do { try bob.withdraw(5) } catch let e as BankError { print("bank error", e) } catch { print("?") }
let r = try? alice.withdraw(1000)
print(r == nil, alice.balance)
func safeWithdraw(_ acc: Account, _ n: Int) -> Bool {
    do { try acc.withdraw(n); return true } catch { return false }
}
print(safeWithdraw(alice, 10), safeWithdraw(alice, 10_000), alice.balance)
