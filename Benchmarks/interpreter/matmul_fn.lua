-- 1-based tables, as Lua writes them; element (i, j) of the Swift is [i + 1][j + 1].
local function matrix(n, f)
    local m = {}
    for i = 1, n do
        local row = {}
        for j = 1, n do row[j] = f(i - 1, j - 1) end
        m[i] = row
    end
    return m
end

local function multiply(a, b)
    local n, p = #a, #b[1]
    local c = {}
    for i = 1, n do
        local row = {}
        for j = 1, p do row[j] = 0.0 end
        c[i] = row
    end
    for i = 1, n do
        for j = 1, p do
            local s = 0.0
            for k = 1, #b do
                s = s + a[i][k] * b[k][j]
            end
            c[i][j] = s
        end
    end
    return c
end

local function total(m)
    local s = 0.0
    for _, row in ipairs(m) do
        for _, v in ipairs(row) do s = s + v end
    end
    return s
end

local n = 200
local a = matrix(n, function(i, j) return (i + j) / n end)
local b = matrix(n, function(i, j) return (i - j) / n end)
local c = multiply(a, b)
print(string.format("%.10e %.10e", c[11][21], total(c)))
