// The Swift Programming Language, Advanced Operators: Bitwise Operators, Bit Shifting.
let initialBits: UInt8 = 0b00001111
let invertedBits = ~initialBits  // equals 11110000
print(initialBits, invertedBits)
let firstSixBits: UInt8 = 0b11111100
let lastSixBits: UInt8  = 0b00111111
let middleFourBits = firstSixBits & lastSixBits  // equals 00111100
print(middleFourBits)
let someBits: UInt8 = 0b10110010
let moreBits: UInt8 = 0b01011110
let combinedbits = someBits | moreBits  // equals 11111110
print(combinedbits)
let firstBits: UInt8 = 0b00010100
let otherBits: UInt8 = 0b00000101
let outputBits = firstBits ^ otherBits  // equals 00010001
print(outputBits)

let shiftBits: UInt8 = 4   // 00000100 in binary
print(shiftBits << 1, shiftBits << 2, shiftBits << 5, shiftBits << 6, shiftBits >> 2)

let pink: UInt32 = 0xCC6699
let redComponent = (pink & 0xFF0000) >> 16    // redComponent is 0xCC, or 204
let greenComponent = (pink & 0x00FF00) >> 8   // greenComponent is 0x66, or 102
let blueComponent = pink & 0x0000FF           // blueComponent is 0x99, or 153
print(redComponent, greenComponent, blueComponent)
let negative: Int8 = -4
print(negative >> 1, negative << 1, Int8(-128) >> 7)
