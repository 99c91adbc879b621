let values = [2.5, -2.5, 3.49, -0.5, 1.5]
for v in values {
    print(v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero), v.rounded(.toNearestOrEven))
}
print(Int(3.99), Int(-3.99), Int(1e15))
print(7.5.truncatingRemainder(dividingBy: 2), (-7.5).truncatingRemainder(dividingBy: 2))
