var s = 0
for i in 0..<1_000_000 { for j in 0..<1_000_000 { s += i ^ j } }
