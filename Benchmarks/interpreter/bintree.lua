local function make_tree(depth)
    if depth == 0 then return { left = nil, right = nil } end
    return { left = make_tree(depth - 1), right = make_tree(depth - 1) }
end

local function check(node)
    if node.left == nil or node.right == nil then return 1 end
    return 1 + check(node.left) + check(node.right)
end

local max_depth = 12
local results = {}
results[#results + 1] = "stretch " .. check(make_tree(max_depth + 1))
local long_lived = make_tree(max_depth)
for depth = 4, max_depth, 2 do
    local iterations = 1 << (max_depth - depth + 4)
    local total = 0
    for _ = 1, iterations do
        total = total + check(make_tree(depth))
    end
    results[#results + 1] = iterations .. "x" .. depth .. ":" .. total
end
results[#results + 1] = "long " .. check(long_lived)
print(table.concat(results, " "))
