let f: (Int) -> Int = { x in x / 0 }
print(f(1))
