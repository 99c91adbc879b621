-- Vectors are 1-based; a(i, j) takes the 0-based indices of the Swift.
local function a(i, j)
    return ((i + j) * (i + j + 1) // 2 + i + 1) + 0.0
end

local function multiply_av(v)
    local n = #v
    local result = {}
    for i = 1, n do
        local s = 0.0
        for j = 1, n do
            s = s + v[j] / a(i - 1, j - 1)
        end
        result[i] = s
    end
    return result
end

local function multiply_atv(v)
    local n = #v
    local result = {}
    for i = 1, n do
        local s = 0.0
        for j = 1, n do
            s = s + v[j] / a(j - 1, i - 1)
        end
        result[i] = s
    end
    return result
end

local function multiply_atav(v)
    return multiply_atv(multiply_av(v))
end

local function spectral_norm(n)
    local u, v = {}, {}
    for i = 1, n do u[i] = 1.0; v[i] = 0.0 end
    for _ = 1, 10 do
        v = multiply_atav(u)
        u = multiply_atav(v)
    end
    local vbv, vv = 0.0, 0.0
    for i = 1, n do
        vbv = vbv + u[i] * v[i]
        vv = vv + v[i] * v[i]
    end
    return math.sqrt(vbv / vv)
end

print(string.format("%.9f", spectral_norm(250)))
