# Python's functions are generic already: the same function takes ints and floats.
def clamp(x, lower, upper):
    if x < lower:
        return lower
    if x > upper:
        return upper
    return x


state = 3
int_total = 0
double_total = 0.0
for i in range(1_000_000):
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    int_total += clamp(state % 1000, 100, 900)
    double_total += clamp(i * 0.001, 10.0, 900.5)
print(int_total, "%.6f" % double_total)
