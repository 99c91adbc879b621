let flags = [true, false, true]
print(flags, flags.count)
var allTrue = true
for f in flags { allTrue = allTrue && f }
print(allTrue, !allTrue)
print((3).description, (2.5).description, true.description, [1, 2].description)
