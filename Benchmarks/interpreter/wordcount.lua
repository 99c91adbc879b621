local vocabulary = {}
for k = 0, 999 do
    vocabulary[#vocabulary + 1] = "w" .. (k * 7919 % 1000) .. "x"
end
local state = 42
local words = {}
for _ = 1, 500000 do
    state = (state * 1103515245 + 12345) % 2147483648
    words[#words + 1] = vocabulary[(state >> 16) % 1000 + 1]
end
local text = table.concat(words, " ")
local counts = {}
for word in text:gmatch("[^ ]+") do
    counts[word] = (counts[word] or 0) + 1
end
local distinct, weighted, most = 0, 0, 0
for word, count in pairs(counts) do
    distinct = distinct + 1
    weighted = weighted + count * #word
    if count > most then most = count end
end
print(string.format("%d %d %d %d", distinct, counts["w7x"] or 0, most, weighted))
