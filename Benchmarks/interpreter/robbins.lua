local n = 200000
local xs = {}
for i = 0, n - 1 do
    xs[#xs + 1] = 5 + math.sin(i)
end
local w = 0.0
local errors = {}
for i, x in ipairs(xs) do
    local a = (i + 0.0) ^ -0.6
    w = w - a * (w - x)
    errors[#errors + 1] = math.abs(w - 5)
end
local slow = 0.0
for _, e in ipairs(errors) do slow = slow + e end
local w2 = 0.0
local errors2 = {}
for i, x in ipairs(xs) do
    local a = (i + 0.0) ^ -1.0
    w2 = w2 - a * (w2 - x)
    errors2[#errors2 + 1] = math.abs(w2 - 5)
end
local fast = 0.0
for _, e in ipairs(errors2) do fast = fast + e end
print(string.format("%.10e %.10e %.10e %.10e", slow, errors[n], fast, errors2[n]))
