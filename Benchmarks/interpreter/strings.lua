-- Lua strings are immutable, so `text = text .. line` would copy the whole text every time:
-- a Lua programmer builds in a table and concatenates once.
local n = 200000
local parts = {}
for i = 0, n - 1 do
    parts[#parts + 1] = string.format("row %d: %d of %d, half %s\n", i, i * i % 1000, n, tostring(i / 2))
end
local text = table.concat(parts)
local lines, longest, characters = 0, 0, 0
for line in text:gmatch("[^\n]+") do
    lines = lines + 1
    characters = characters + #line
    if #line > longest then longest = #line end
end
print(string.format("%d %d %d %d", #text, lines, longest, characters))
