-- cargo xtask programs --speed: Lua micro-benchmarks. `lua bench.lua NAME`
-- runs one (strings, tables, format, gc); each prints a checksum so the
-- work cannot be skipped.
local which = arg[1] or "all"

local function strings()
  local total = 0
  for round = 1, 40 do
    local parts = {}
    for i = 1, 20000 do
      parts[#parts + 1] = "item" .. i .. ":" .. (i * round) % 977
    end
    local s = table.concat(parts, ",")
    total = total + #s + #(s:gsub("item", "I")) + select(2, s:gsub(":%d+", ""))
    local u = s:sub(1, 5000):upper():rep(3):lower()
    total = total + #u + (u:find("item19999", 1, true) or 0)
  end
  return total
end

local function tables()
  local total = 0
  for round = 1, 30 do
    local t = {}
    for i = 1, 50000 do t[i] = i * round end
    local h = {}
    for i = 1, 50000 do h["k" .. (i % 4096)] = (h["k" .. (i % 4096)] or 0) + t[i] end
    local kept = {}
    for i = 1, #t, 2 do kept[#kept + 1] = t[i] end
    for _ = 1, 200 do table.remove(kept, 1) end
    t = kept
    table.sort(t, function(a, b) return a % 1000 < b % 1000 or (a % 1000 == b % 1000 and a < b) end)
    for k, v in pairs(h) do total = total + v % 7 end
    total = total + #t + t[1] + t[#t]
  end
  return total
end

local function format()
  local total = 0
  for i = 1, 300000 do
    local x = i * 1.000001 / 7
    local s = string.format("%.6f %g %e %.17g %10.3f", x, x * 1e10, x / 1e5, x, -x)
    total = total + #s + (tonumber(s:match("^%S+")) > 0 and 1 or 0)
    total = total + #tostring(x * 0.1)
  end
  return total
end

local function gc()
  local total = 0
  for round = 1, 20 do
    local keep = {}
    for i = 1, 100000 do
      local node = { id = i, name = "n" .. i, next = keep[i - 1], data = { i, i * 2, i * 3 } }
      keep[i] = node
      if i % 3 == 0 then keep[i - 1] = nil end
    end
    collectgarbage("collect")
    total = total + collectgarbage("count") // 1024 + #keep
    keep = setmetatable({}, { __mode = "v" })
    for i = 1, 50000 do keep[i] = { i } end
    collectgarbage("collect")
    local live = 0
    for _ in pairs(keep) do live = live + 1 end
    total = total + live
  end
  return total
end

local benches = { strings = strings, tables = tables, format = format, gc = gc }
for _, name in ipairs({ "strings", "tables", "format", "gc" }) do
  if which == "all" or which == name then
    print(name, benches[name]())
  end
end
