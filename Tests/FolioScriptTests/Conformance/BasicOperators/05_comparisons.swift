let a = 3
let b = 4
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1.5 < 1.25, 2.0 == 2, 0.1 + 0.2 == 0.3)
print("apple" < "banana", "a" == "a", "Zebra" < "apple", "abc" != "abd")
print(true == false, true != false)
let nan = Double.nan
print(nan == nan, nan < 1, nan != nan)
