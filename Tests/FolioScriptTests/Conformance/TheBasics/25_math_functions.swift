import Foundation
print(sqrt(2.0), exp(1.0), log(10.0), log2(8.0), log10(1000.0))
print(sin(0.5), cos(0.5), tan(0.5), tanh(0.5), atan(1.0))
print(pow(2.0, 10.0), pow(2.0, 0.5), abs(-3.5))
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5), floor(-2.5))
print(exp(-1e-3), log(1e-300))
let x = 2.0
print(x.squareRoot(), (16.0).squareRoot())
