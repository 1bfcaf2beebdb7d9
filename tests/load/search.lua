-- wrk script: a mix of search requests, with every failure counted.
--   wrk -t2 -c50 -d10s -s search.lua http://127.0.0.1:PORT -- PATHS_FILE
-- PATHS_FILE holds one request path a line ("/api/search?q=neglect", "/?q=...").
-- A response is an error unless its status is 200; an /api/search answer
-- with no results ("total":0) is an empty page. done() prints one JSON line.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  counter = math.random(#paths)
  bad_status = 0
  empty = 0
  statuses = {}
end

function request()
  counter = counter % #paths + 1
  current = paths[counter]
  return wrk.format("GET", current, {["Accept-Encoding"] = "identity"})
end

function response(status, headers, body)
  if status ~= 200 then
    bad_status = bad_status + 1
    statuses[status] = (statuses[status] or 0) + 1
  elseif body and string.find(body, '"total":%s*0[,}]') then
    empty = empty + 1
  end
end

function done(summary, latency, requests)
  local bad, emp = 0, 0
  local merged, codes = {}, {}
  for _, t in ipairs(threads) do
    bad = bad + t:get("bad_status")
    emp = emp + t:get("empty")
    for code, n in pairs(t:get("statuses")) do
      merged[code] = (merged[code] or 0) + n
    end
  end
  for code, n in pairs(merged) do
    codes[#codes + 1] = string.format('"%d":%d', code, n)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_s":%.3f,"bytes":%d,' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},' ..
    '"non_200":%d,"statuses":{%s},"empty_results":%d,' ..
    '"latency_ms":{"p50":%.3f,"p90":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f}}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    e.connect, e.read, e.write, e.timeout,
    bad, table.concat(codes, ","), emp,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
