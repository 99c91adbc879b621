# Python has no value types: `Vec` is a class whose methods return new instances, as the Swift
# struct's do; `damp` mutates in place. `__slots__` as in bintree.py.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def damp(self, k):
        self.x *= k
        self.y *= k


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

    def fee(self, amount):
        return amount // 100


class Savings(Account):
    def fee(self, amount):
        return 0


def simulate(steps):
    position = Vec(0.0, 0.0)
    velocity = Vec(1.0, 0.5)
    gravity = Vec(0.0, -0.001)
    energy = 0.0
    for _ in range(steps):
        velocity = velocity + gravity
        position = position + velocity.scaled(0.01)
        if position.y < 0:
            velocity.damp(-0.9)
        energy += velocity.dot(velocity)
    return energy


def bank(rounds):
    accounts = [Account(), Savings(), Account()]
    for i in range(rounds):
        account = accounts[i % 3]
        amount = i % 1000
        account.deposit(amount - account.fee(amount))
    return sum(a.balance for a in accounts)


print(f"{simulate(300_000):.6f}", bank(300_000))
