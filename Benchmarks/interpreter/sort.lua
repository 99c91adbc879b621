local state = 7
local xs = {}
for _ = 1, 1000000 do
    state = (state * 1103515245 + 12345) % 2147483648
    xs[#xs + 1] = state / 2147483648
end
table.sort(xs, function(a, b) return a > b end)
local checksum = 0.0
for i, x in ipairs(xs) do
    checksum = checksum + x * ((i - 1) % 10)
end
print(string.format("%.10e %.10e %.10e", xs[1], xs[500001], checksum))
