// The Swift Programming Language, The Basics: Booleans, Tuples, Optionals, Optional Binding,
// Providing a Fallback Value, Force Unwrapping, Implicitly Unwrapped Optionals.
let orangesAreOrange = true
let turnipsAreDelicious = false
if turnipsAreDelicious {
    print("Mmm, tasty turnips!")
} else {
    print("Eww, turnips are horrible.")
}
let i = 1
if i == 1 {
    print("i is one")
}
print(orangesAreOrange)

let http404Error = (404, "Not Found")
let (statusCode, statusMessage) = http404Error
print("The status code is \(statusCode)")
print("The status message is \(statusMessage)")
let (justTheStatusCode, _) = http404Error
print("The status code is \(justTheStatusCode)")
print("The status code is \(http404Error.0)")
print("The status message is \(http404Error.1)")
let http200Status = (statusCode: 200, description: "OK")
print("The status code is \(http200Status.statusCode)")
print("The status message is \(http200Status.description)")

let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
print(convertedNumber as Any)

var serverResponseCode: Int? = 404
serverResponseCode = nil
print(serverResponseCode as Any)
var surveyAnswer: String?
print(surveyAnswer == nil)
surveyAnswer = "yes"

if convertedNumber != nil {
    print("convertedNumber contains some integer value.")
}

if let actualNumber = Int(possibleNumber) {
    print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
    print("The string \"\(possibleNumber)\" couldn't be converted to an integer")
}

let myNumber = Int(possibleNumber)
if let myNumber = myNumber {
    print("My number is \(myNumber)")
}
if let myNumber {
    print("My number is \(myNumber)")
}

if let firstNumber = Int("4"), let secondNumber = Int("42"), firstNumber < secondNumber && secondNumber < 100 {
    print("\(firstNumber) < \(secondNumber) < 100")
}

if let firstNumber = Int("4") {
    if let secondNumber = Int("42") {
        if firstNumber < secondNumber && secondNumber < 100 {
            print("\(firstNumber) < \(secondNumber) < 100")
        }
    }
}

let name: String? = nil
let greeting = "Hello, " + (name ?? "friend") + "!"
print(greeting)

let possibleNumberAgain = "123"
let convertedNumberAgain = Int(possibleNumberAgain)
let number = convertedNumberAgain!
print(number)

guard let numberAgain = convertedNumberAgain else {
    fatalError("The number was invalid")
}
print(numberAgain)

let possibleString: String? = "An optional string."
let forcedString: String = possibleString! // Requires explicit unwrapping

let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString // Unwrapped automatically
print(forcedString)
print(implicitString)
let optionalString = assumedString
print(optionalString as Any)
if assumedString != nil {
    print(assumedString!)
}
if let definiteString = assumedString {
    print(definiteString)
}
