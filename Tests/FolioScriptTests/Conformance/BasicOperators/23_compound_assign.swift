var i = 10
i += 5
i -= 3
i *= 2
i /= 5
i %= 3
print(i)
var d = 1.5
d += 1
d -= 0.25
d *= 4
d /= 3
print(d)
var arr = [1.0, 2.0]
arr[0] += 0.5
arr[1] *= 3
arr += [7.0]
print(arr)
