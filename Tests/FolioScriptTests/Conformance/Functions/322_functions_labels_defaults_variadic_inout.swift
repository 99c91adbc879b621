// The Swift Programming Language, Functions: Argument Labels and Parameter Names, Default
// Parameter Values, Variadic Parameters, In-Out Parameters.
func someFunction(firstParameterName: Int, secondParameterName: Int) -> Int {
    firstParameterName + secondParameterName
}
print(someFunction(firstParameterName: 1, secondParameterName: 2))

func greet(person: String, from hometown: String) -> String {
    return "Hello \(person)!  Glad you could visit from \(hometown)."
}
print(greet(person: "Bill", from: "Cupertino"))

func someFunction(_ firstParameterName: Int, secondParameterName: Int) -> Int {
    firstParameterName * secondParameterName
}
print(someFunction(1, secondParameterName: 2))

func someFunction(parameterWithoutDefault: Int, parameterWithDefault: Int = 12) -> Int {
    parameterWithoutDefault + parameterWithDefault
}
print(someFunction(parameterWithoutDefault: 3, parameterWithDefault: 6))
print(someFunction(parameterWithoutDefault: 4))

func arithmeticMean(_ numbers: Double...) -> Double {
    var total: Double = 0
    for number in numbers {
        total += number
    }
    return total / Double(numbers.count)
}
print(arithmeticMean(1, 2, 3, 4, 5))
print(arithmeticMean(3, 8.25, 18.75))

func swapTwoInts(_ a: inout Int, _ b: inout Int) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoInts(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
