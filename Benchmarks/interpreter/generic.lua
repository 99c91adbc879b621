-- Lua's functions are generic already: the same function takes integers and floats.
local function clamp(x, lower, upper)
    if x < lower then return lower end
    if x > upper then return upper end
    return x
end

local state = 3
local int_total = 0
local double_total = 0.0
for i = 0, 999999 do
    state = (state * 1103515245 + 12345) % 2147483648
    int_total = int_total + clamp(state % 1000, 100, 900)
    double_total = double_total + clamp(i * 0.001, 10.0, 900.5)
end
print(string.format("%d %.6f", int_total, double_total))
