-- Shared by the bench's wrk scripts (prepended to each): per-thread ids, error counting, and a
-- summary line per thread that Wrk.java reads. Globals, not locals: thread:get reads globals.
threads = {}
next_thread = 0
errors = 0
first_error = nil
units = 0

function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function failed(status, body)
  errors = errors + 1
  if first_error == nil then
    first_error = status .. " " .. string.gsub(string.sub(body or "", 1, 200), "\n", " ")
  end
end

-- A response that completes a unit when ok (a POST, a read, a sync cycle), else an error.
function counted(ok, status, body)
  if ok then
    units = units + 1
  else
    failed(status, body)
  end
end

function done(summary, latency, requests)
  local total, first, units = 0, nil, 0
  for _, t in ipairs(threads) do
    total = total + (t:get("errors") or 0)
    units = units + (t:get("units") or 0)
    first = first or t:get("first_error")
  end
  io.write("BENCH_ERRORS " .. total .. "\n")
  io.write("BENCH_UNITS " .. units .. "\n")
  if first then
    io.write("BENCH_FIRST_ERROR " .. first .. "\n")
  end
end

function user_json(local_part)
  return '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. local_part
    .. '@example.com","externalId":"ext-' .. local_part .. '","displayName":"Bench ' .. local_part
    .. '","name":{"givenName":"Bench","familyName":"' .. local_part .. '"},"emails":[{"value":"'
    .. local_part .. '@example.com","type":"work","primary":true}],"active":true}'
end
