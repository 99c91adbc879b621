-- Structs and classes are tables with metatables; `Vec`'s methods return new tables, as the
-- Swift struct's return new values; `damp` mutates in place.
local Vec = {}
Vec.__index = Vec
local function vec(x, y) return setmetatable({x = x, y = y}, Vec) end
function Vec:dot(o) return self.x * o.x + self.y * o.y end
function Vec:scaled(k) return vec(self.x * k, self.y * k) end
Vec.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
function Vec:damp(k)
    self.x = self.x * k
    self.y = self.y * k
end

local Account = {}
Account.__index = Account
function Account.new() return setmetatable({balance = 0}, Account) end
function Account:deposit(amount) self.balance = self.balance + amount end
function Account:fee(amount) return amount // 100 end
local Savings = setmetatable({}, {__index = Account})
Savings.__index = Savings
function Savings.new() return setmetatable({balance = 0}, Savings) end
function Savings:fee(amount) return 0 end

local function simulate(steps)
    local position = vec(0.0, 0.0)
    local velocity = vec(1.0, 0.5)
    local gravity = vec(0.0, -0.001)
    local energy = 0.0
    for _ = 1, steps do
        velocity = velocity + gravity
        position = position + velocity:scaled(0.01)
        if position.y < 0 then velocity:damp(-0.9) end
        energy = energy + velocity:dot(velocity)
    end
    return energy
end

local function bank(rounds)
    local accounts = {Account.new(), Savings.new(), Account.new()}
    for i = 0, rounds - 1 do
        local account = accounts[i % 3 + 1]
        local amount = i % 1000
        account:deposit(amount - account:fee(amount))
    end
    local total = 0
    for _, a in ipairs(accounts) do total = total + a.balance end
    return total
end

print(string.format("%.6f %d", simulate(300000), bank(300000)))
