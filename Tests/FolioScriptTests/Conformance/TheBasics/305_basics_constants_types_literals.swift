// The Swift Programming Language, The Basics: Constants and Variables, Type Annotations,
// Printing, Integers, Type Inference, Numeric Literals, Numeric Type Conversion, Type Aliases.
let maximumNumberOfLoginAttempts = 10
var currentLoginAttempt = 0
print(maximumNumberOfLoginAttempts, currentLoginAttempt)

var environment = "development"
let maximumNumberOfLoginAttemptsHere: Int
if environment == "development" {
    maximumNumberOfLoginAttemptsHere = 100
} else {
    maximumNumberOfLoginAttemptsHere = 10
}
print(maximumNumberOfLoginAttemptsHere)

var x = 0.0, y = 0.0, z = 0.0
print(x, y, z)

var welcomeMessage: String
welcomeMessage = "Hello"
print(welcomeMessage)
var red, green, blue: Double
red = 1; green = 0.5; blue = 0.25
print(red, green, blue)

var friendlyWelcome = "Hello!"
friendlyWelcome = "Bonjour!"
print(friendlyWelcome)
let languageName = "Swift"
print(languageName)
let π = 3.14159
let 你好 = "你好世界"
let 🐶🐮 = "dogcow"
print(π, 你好, 🐶🐮)
print("The current value of friendlyWelcome is \(friendlyWelcome)")

// This is a comment.
/* This is also a comment
but is written over multiple lines. */
/* This is the start of the first multiline comment.
    /* This is the second, nested multiline comment. */
This is the end of the first multiline comment. */
let cat = "🐱"; print(cat)

let minValue = UInt8.min  // minValue is equal to 0, and is of type UInt8
let maxValue = UInt8.max  // maxValue is equal to 255, and is of type UInt8
print(minValue, maxValue)

let meaningOfLife = 42
let pi = 3.14159
let anotherPi = 3 + 0.14159
print(meaningOfLife, pi, anotherPi)

let decimalInteger = 17
let binaryInteger = 0b10001       // 17 in binary notation
let octalInteger = 0o21           // 17 in octal notation
let hexadecimalInteger = 0x11     // 17 in hexadecimal notation
print(decimalInteger, binaryInteger, octalInteger, hexadecimalInteger)
print(1.25e2, 1.25e-2, 0xFp2, 0xFp-2)
let decimalDouble = 12.1875
let exponentDouble = 1.21875e1
let hexadecimalDouble = 0xC.3p0
print(decimalDouble, exponentDouble, hexadecimalDouble)
let paddedDouble = 000123.456
let oneMillion = 1_000_000
let justOverOneMillion = 1_000_000.000_000_1
print(paddedDouble, oneMillion, justOverOneMillion)

let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)

let three = 3
let pointOneFourOneFiveNine = 0.14159
let piAgain = Double(three) + pointOneFourOneFiveNine
let integerPi = Int(piAgain)
print(piAgain, integerPi)

typealias AudioSample = UInt16
var maxAmplitudeFound = AudioSample.min
print(maxAmplitudeFound)
maxAmplitudeFound = 880
print(maxAmplitudeFound)
