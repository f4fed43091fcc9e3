-- The load benchmark's wrk script. Environment: WRK_METHOD (GET), WRK_BODY (a JSON body, sent
-- as application/json), WRK_PIPELINE (requests written back to back per round trip, 1).
-- Prints one JSON line at the end: requests, duration, errors, latency percentiles in µs.
local method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY")
local depth = tonumber(os.getenv("WRK_PIPELINE") or "1")

wrk.method = method
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

if depth > 1 then
  local batch
  init = function(args)
    local requests = {}
    for i = 1, depth do
      requests[i] = wrk.format()
    end
    batch = table.concat(requests)
  end
  request = function()
    return batch
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\nRESULT {"requests": %d, "duration_us": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, '
      .. '"status_errors": %d, "timeouts": %d, "p50_us": %d, "p99_us": %d, "p999_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.mean))
end
