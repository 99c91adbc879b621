-- Lua strings are immutable: the text is built in a table and concatenated once (appending to
-- a string would copy it every time).
local parts = {}
local d = {}
local entries = 0
for i = 0, 99999 do
    parts[#parts + 1] = tostring(i % 10)
    if d[i] == nil then entries = entries + 1 end
    d[i] = i * 2
end
local text = table.concat(parts)
print(string.format("%d %d %d", #text, entries, d[500]))
