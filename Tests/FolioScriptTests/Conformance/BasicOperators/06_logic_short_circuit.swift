var calls = 0
func touch(_ v: Bool) -> Bool {
    calls += 1
    return v
}
print(touch(false) && touch(true), calls)
print(touch(true) || touch(false), calls)
print(touch(true) && touch(false), calls)
print(!touch(false), calls)
