local function robbins_monro(xs, exponent)
    local w = 0.0
    local errors = {}
    for i, x in ipairs(xs) do
        local a = (i + 0.0) ^ -exponent
        w = w - a * (w - x)
        errors[#errors + 1] = math.abs(w - 5)
    end
    return errors
end

local function total(values)
    local s = 0.0
    for _, v in ipairs(values) do s = s + v end
    return s
end

local n = 200000
local xs = {}
for i = 0, n - 1 do
    xs[#xs + 1] = 5 + math.sin(i)
end
local slow = robbins_monro(xs, 0.6)
local fast = robbins_monro(xs, 1.0)
print(string.format("%.10e %.10e %.10e %.10e", total(slow), slow[n], total(fast), fast[n]))
