let a = [1, 2, 3]
var b = [1, 2]
print(a == b)
b.append(3)
print(a == b, a != b)
print([0.5] == [0.5], ["x"] == ["y"], [[1], [2]] == [[1], [2]])
