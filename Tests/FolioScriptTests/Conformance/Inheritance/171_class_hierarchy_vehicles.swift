class Vehicle {
    let wheels: Int
    var speed = 0.0
    static var built = 0
    init(wheels: Int) {
        self.wheels = wheels
        Vehicle.built += 1
    }
    func accelerate(by dv: Double) { speed += dv }
    func label() -> String { "vehicle(\(wheels))" }
    var info: String { "\(label()) at \(speed)" }
}
class Bike: Vehicle {
    init() { super.init(wheels: 2) }
    override func accelerate(by dv: Double) { super.accelerate(by: min(dv, 5)) }
    override func label() -> String { "bike" }
}
class Car: Vehicle {
    let brand: String
    init(brand: String) {
        self.brand = brand
        super.init(wheels: 4)
    }
    override func label() -> String { "car \(brand)" }
}
class SportsCar: Car {
    override func accelerate(by dv: Double) { super.accelerate(by: dv * 2) }
    override func label() -> String { "sports " + super.label() }
}
let fleet: [Vehicle] = [Bike(), Car(brand: "vw"), SportsCar(brand: "ferrari")]
for v in fleet { v.accelerate(by: 10) }
for v in fleet { print(v.info) }
print(Vehicle.built)
let shared = fleet[1]
shared.accelerate(by: 1)
print(fleet[1].speed)
print(fleet.map { $0 is Car }, fleet.compactMap { ($0 as? Car)?.brand })
print(fleet[2] === fleet[2], fleet[0] === fleet[1])
