// Methods of structs and classes called in a loop: a 2-D particle (a struct with methods and
// an operator) stepped 3·10⁵ times, and a class hierarchy of accounts (an overridden method
// through the base class) updated 3·10⁵ times.
import Foundation
struct Vec {
    var x: Double
    var y: Double
    func dot(_ other: Vec) -> Double { x * other.x + y * other.y }
    func scaled(by k: Double) -> Vec { Vec(x: x * k, y: y * k) }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    mutating func damp(_ k: Double) {
        x *= k
        y *= k
    }
}
class Account {
    var balance = 0
    func deposit(_ amount: Int) { balance += amount }
    func fee(for amount: Int) -> Int { amount / 100 }
}
final class Savings: Account {
    override func fee(for amount: Int) -> Int { 0 }
}
func simulate(_ steps: Int) -> Double {
    var position = Vec(x: 0, y: 0)
    var velocity = Vec(x: 1, y: 0.5)
    let gravity = Vec(x: 0, y: -0.001)
    var energy = 0.0
    for _ in 0..<steps {
        velocity = velocity + gravity
        position = position + velocity.scaled(by: 0.01)
        if position.y < 0 { velocity.damp(-0.9) }
        energy += velocity.dot(velocity)
    }
    return energy
}
func bank(_ rounds: Int) -> Int {
    let accounts: [Account] = [Account(), Savings(), Account()]
    for i in 0..<rounds {
        let account = accounts[i % 3]
        let amount = i % 1000
        account.deposit(amount - account.fee(for: amount))
    }
    return accounts.map { $0.balance }.reduce(0, +)
}
print(String(format: "%.6f", simulate(300_000)), bank(300_000))
