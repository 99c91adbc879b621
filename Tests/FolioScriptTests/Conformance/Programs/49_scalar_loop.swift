var s = 0.0
for i in 0..<100_000 { s += Double(i) * 0.5 }
print(s)
var t = 0
var i = 0
while i < 100_000 { t &+= i * i; i += 1 }
print(t)
