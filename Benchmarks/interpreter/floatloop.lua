-- Top level of the chunk: locals, as a Lua script writes it.
local x = 0.0
local s = 0.0
for _ = 1, 10000000 do
    x = x + 0.5
    s = s + (x * 0.25 - 1.0)
end
print(string.format("%.6f", s))
