vocabulary = []
for k in range(1000):
    vocabulary.append(f"w{k * 7919 % 1000}x")
state = 42
words = []
for _ in range(500_000):
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    words.append(vocabulary[(state >> 16) % 1000])
text = " ".join(words)
counts = {}
for word in text.split(" "):
    counts[word] = counts.get(word, 0) + 1
weighted = 0
most = 0
for word, count in counts.items():
    weighted += count * len(word)
    if count > most:
        most = count
print(len(counts), counts.get("w7x", 0), most, weighted)
