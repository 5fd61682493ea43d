-- wrk script for bench/load.sh: each request takes the next path of a list, so every connection walks
-- the same mix of pages. The list comes from the file named by LOAD_PATHS (one path a line). LOAD_COOKIES,
-- when set, holds one Cookie header a line (signed-in staff sessions), taken in turn. At the end it prints
-- the status codes seen, so that a lost session (302 to the login page) or a server error is named, not only
-- counted.

local paths = {}
for line in io.lines(os.getenv("LOAD_PATHS")) do
    if line ~= "" then
        paths[#paths + 1] = line
    end
end

local cookies = {}
for cookie in string.gmatch(os.getenv("LOAD_COOKIES") or "", "[^\n]+") do
    cookies[#cookies + 1] = cookie
end

local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", #threads)
    threads[#threads + 1] = thread
end

function init(args)
    statuses = {}
    -- start each thread at a different place in the list
    counter = id * 7
end

function request()
    counter = counter + 1
    local path = paths[counter % #paths + 1]
    local headers = {}
    if #cookies > 0 then
        headers["Cookie"] = cookies[counter % #cookies + 1]
    end
    return wrk.format("GET", path, headers)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    local line = "status codes:"
    for status, count in pairs(total) do
        line = line .. " " .. status .. "=" .. count
    end
    print(line)
    print(string.format("latency percentiles ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f",
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000))
    print(string.format("summary: requests=%d duration_s=%.1f rps=%.1f connect_errors=%d read_errors=%d"
        .. " write_errors=%d status_errors=%d timeouts=%d",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
        summary.errors.timeout))
end
