struct Temperature {
    let kelvin: Double
    init?(celsius: Double) {
        guard celsius >= -273.15 else { return nil }
        kelvin = celsius + 273.15
    }
    init(kelvin: Double) { self.kelvin = kelvin }
}
for c in [25.0, -300, 0] {
    if let t = Temperature(celsius: c) { print(c, "->", t.kelvin) } else { print(c, "is impossible") }
}
print(Temperature(kelvin: 1).kelvin)
class Account {
    var balance: Int
    init?(deposit: Int) {
        if deposit < 0 { return nil }
        balance = deposit
    }
}
let accounts = [10, -5, 0].map { Account(deposit: $0) }
print(accounts.map { $0?.balance ?? -1 })
guard let acc = Account(deposit: 50) else { fatalError() }
acc.balance += 1
print(acc.balance)
