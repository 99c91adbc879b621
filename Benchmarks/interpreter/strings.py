# `text += line` is quadratic here in CPython 3.11 (its in-place append stops paying off once the
# string is megabytes long: minutes instead of a second), so the text is built as a Python
# programmer builds it, in a list joined once.
n = 200_000
parts = []
for i in range(n):
    parts.append(f"row {i}: {i * i % 1000} of {n}, half {i / 2}\n")
text = "".join(parts)
lines = 0
longest = 0
characters = 0
for line in text.split("\n")[:-1]:  # Swift's split drops the empty piece after the last "\n"
    lines += 1
    characters += len(line)
    if len(line) > longest:
        longest = len(line)
print(len(text), lines, longest, characters)
