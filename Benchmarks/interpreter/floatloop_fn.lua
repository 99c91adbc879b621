local function accumulate(n)
    local x = 0.0
    local s = 0.0
    for _ = 1, n do
        x = x + 0.5
        s = s + (x * 0.25 - 1.0)
    end
    return s
end
print(string.format("%.6f", accumulate(10000000)))
