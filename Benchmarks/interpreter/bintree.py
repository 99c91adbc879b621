class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check(node):
    if node.left is None or node.right is None:
        return 1
    return 1 + check(node.left) + check(node.right)


max_depth = 12
results = []
results.append(f"stretch {check(make_tree(max_depth + 1))}")
long_lived = make_tree(max_depth)
for depth in range(4, max_depth + 1, 2):
    iterations = 1 << (max_depth - depth + 4)
    total = 0
    for _ in range(iterations):
        total += check(make_tree(depth))
    results.append(f"{iterations}x{depth}:{total}")
results.append(f"long {check(long_lived)}")
print(" ".join(results))
