// The Swift Programming Language, Advanced Operators: Overflow Operators, Precedence and
// Associativity.
var potentialOverflow = Int16.max
print(potentialOverflow)
var unsignedOverflow = UInt8.max
unsignedOverflow = unsignedOverflow &+ 1
print(unsignedOverflow)
unsignedOverflow = UInt8.min
unsignedOverflow = unsignedOverflow &- 1
print(unsignedOverflow)
var signedOverflow = Int8.min
signedOverflow = signedOverflow &- 1
print(signedOverflow)
potentialOverflow = potentialOverflow &* 2
print(potentialOverflow)
print(2 + 3 % 4 * 5)
print(2 + ((3 % 4) * 5))
