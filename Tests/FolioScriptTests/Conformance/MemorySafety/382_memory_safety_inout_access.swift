// The Swift Programming Language, Memory Safety: Understanding Conflicting Access to Memory,
// Conflicting Access to In-Out Parameters (the conflict-free forms the chapter gives).
var one = 1
print("We're number \(one)!")

func oneMore(than number: Int) -> Int {
    return number + 1
}
var myNumber = 1
myNumber = oneMore(than: myNumber)
print(myNumber)

var stepSize = 1
func increment(_ number: inout Int) {
    number += stepSize
}
// Make an explicit copy, so that increment(_:) doesn't read stepSize while writing it.
var copyOfStepSize = stepSize
increment(&copyOfStepSize)
// Update the original.
stepSize = copyOfStepSize
print(stepSize)

func balance(_ x: inout Int, _ y: inout Int) {
    let sum = x + y
    x = sum / 2
    y = sum - x
}
var playerOneScore = 42
var playerTwoScore = 30
balance(&playerOneScore, &playerTwoScore)  // OK
print(playerOneScore, playerTwoScore)
