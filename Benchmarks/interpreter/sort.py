# Python sorts with a key function, not a comparator: the key closure is called once per element.
state = 7
xs = []
for _ in range(1_000_000):
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    xs.append(state / 2_147_483_648)
ordered = sorted(xs, key=lambda x: -x)
checksum = 0.0
for i, x in enumerate(ordered):
    checksum += x * (i % 10)
print("%.10e %.10e %.10e" % (ordered[0], ordered[500_000], checksum))
