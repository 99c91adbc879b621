// The Swift Programming Language, Inheritance: Accessing Superclass Methods, Preventing
// Overrides (final), with the chapter's vehicles used through their base class.
class Vehicle {
    var currentSpeed = 0.0
    var description: String {
        return "traveling at \(currentSpeed) miles per hour"
    }
    func makeNoise() {
        print("...")
    }
}
class Train: Vehicle {
    override func makeNoise() {
        print("Choo Choo")
    }
}
class Car: Vehicle {
    var gear = 1
    override var description: String {
        return super.description + " in gear \(gear)"
    }
    override func makeNoise() {
        super.makeNoise()
        print("Vroom")
    }
}
final class RaceCar: Car {
    final var sponsor = "Swift"
    override var description: String {
        return super.description + ", sponsored by \(sponsor)"
    }
}
let vehicles: [Vehicle] = [Vehicle(), Train(), Car(), RaceCar()]
for (index, vehicle) in vehicles.enumerated() {
    vehicle.currentSpeed = Double(index * 10)
    vehicle.makeNoise()
    print(vehicle.description)
}
