-- Rows and columns are 0-based as in the Swift, so that c[10][20] is the same element.
local n = 200
local a, b, c = {}, {}, {}
for i = 0, n - 1 do
    a[i], b[i], c[i] = {}, {}, {}
    for j = 0, n - 1 do
        a[i][j] = (i + j) / n
        b[i][j] = (i - j) / n
        c[i][j] = 0.0
    end
end
for i = 0, n - 1 do
    for j = 0, n - 1 do
        local s = 0.0
        for k = 0, n - 1 do
            s = s + a[i][k] * b[k][j]
        end
        c[i][j] = s
    end
end
local total = 0.0
for i = 0, n - 1 do
    for j = 0, n - 1 do total = total + c[i][j] end
end
print(string.format("%.10e %.10e", c[10][20], total))
