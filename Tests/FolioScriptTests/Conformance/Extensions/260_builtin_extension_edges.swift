// Extensions of builtin types split over several declarations, integer literals taking the
// type whose extension declares the member, a trailing closure for a labelled parameter, a
// mutating method, and a struct keeping its memberwise initializer beside an extension's.
extension Int {
    var isEven: Bool { self % 2 == 0 }
}
extension Int {
    func times(do task: (Int) -> Void) {
        for index in 0..<self { task(index) }
    }
    mutating func halve() { self /= 2 }
}
extension Double {
    var squared: Double { self * self }
    func scaled(by factor: Double) -> Double { self * factor }
}
print(4.isEven, 7.isEven, 3.squared, 2.scaled(by: 0.5), 1.5.squared)
3.times { print("pass", $0) }
var count = 9
count.halve()
print(count)
struct Money {
    var units: Int
    var currency = "EUR"
}
extension Money {
    init(cents: Int) {
        self.init(units: cents / 100)
    }
    var text: String { "\(units) \(currency)" }
}
print(Money(units: 3).text, Money(units: 2, currency: "USD").text, Money(cents: 1234).text)
