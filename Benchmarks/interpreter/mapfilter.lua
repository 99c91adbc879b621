-- Lua has no map/filter/reduce: the helpers a Lua programmer writes, each calling a closure.
local function map(t, f)
    local r = {}
    for i = 1, #t do r[i] = f(t[i]) end
    return r
end

local function filter(t, f)
    local r = {}
    for i = 1, #t do
        if f(t[i]) then r[#r + 1] = t[i] end
    end
    return r
end

local function reduce(t, initial, f)
    local acc = initial
    for i = 1, #t do acc = f(acc, t[i]) end
    return acc
end

local range = {}
for i = 0, 99999 do range[#range + 1] = i end
local xs = map(range, function(i) return i * 0.5 end)
local total = 0.0
local kept = 0
for round = 0, 9 do
    local shift = round + 0.0
    local ys = filter(map(xs, function(x) return x * x + shift end),
        function(y) return math.floor(y) % 3 == 0 end)
    total = total + reduce(ys, 0.0, function(a, b) return a + b end)
    kept = kept + reduce(map(ys, function(y) return math.floor(y) % 7 end), 0,
        function(a, b) return a + b end)
end
print(string.format("%.2f %d", total, kept))
