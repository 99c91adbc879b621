// The Swift Programming Language, Collection Types: Dictionaries. Keys are visited sorted,
// since a dictionary's order is not fixed.
var namesOfIntegers: [Int: String] = [:]
namesOfIntegers[16] = "sixteen"
print(namesOfIntegers)
namesOfIntegers = [:]
print(namesOfIntegers.isEmpty)

var airports: [String: String] = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("The airports dictionary contains \(airports.count) items.")
if airports.isEmpty {
    print("The airports dictionary is empty.")
} else {
    print("The airports dictionary isn't empty.")
}
airports["LHR"] = "London"
airports["LHR"] = "London Heathrow"
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
    print("The old value for DUB was \(oldValue).")
}
if let airportName = airports["DUB"] {
    print("The name of the airport is \(airportName).")
} else {
    print("That airport isn't in the airports dictionary.")
}
airports["APL"] = "Apple International"
airports["APL"] = nil
if let removedValue = airports.removeValue(forKey: "DUB") {
    print("The removed airport's name is \(removedValue).")
} else {
    print("The airports dictionary doesn't contain a value for DUB.")
}
airports["DUB"] = "Dublin"
for (airportCode, airportName) in airports.sorted(by: { $0.key < $1.key }) {
    print("\(airportCode): \(airportName)")
}
for airportCode in airports.keys.sorted() {
    print("Airport code: \(airportCode)")
}
for airportName in airports.values.sorted() {
    print("Airport name: \(airportName)")
}
let airportCodes = [String](airports.keys).sorted()
let airportNames = [String](airports.values).sorted()
print(airportCodes)
print(airportNames)
