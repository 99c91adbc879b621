for i in stride(from: 0, to: 10, by: 3) { print(i, terminator: " ") }
print()
for i in stride(from: 10, through: 0, by: -5) { print(i, terminator: " ") }
print()
for i in stride(from: 0, through: 9, by: 3) { print(i, terminator: " ") }
print()
for i in stride(from: 5, to: 5, by: 1) { print(i) }
print("end")
