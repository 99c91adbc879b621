class Ledger {
    private var entries: [(String, Int)] = []
    var balance: Int { entries.reduce(0) { $0 + $1.1 } }
    func record(_ memo: String, _ amount: Int) { entries.append((memo, amount)) }
    func report() -> [String] { entries.map { "\($0.0): \($0.1)" } }
}
class SavingsLedger: Ledger {
    let rate: Double
    init(rate: Double) { self.rate = rate }
    func applyInterest() { record("interest", Int(Double(balance) * rate)) }
}
let l = SavingsLedger(rate: 0.05)
l.record("deposit", 1000)
l.record("coffee", -4)
l.applyInterest()
print(l.report())
print(l.balance)
let alias: Ledger = l
alias.record("gift", 50)
print(l.balance, alias.balance)
