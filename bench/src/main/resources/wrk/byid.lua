-- GET /scim/v2/Users/{id} for random ids read from a file, one per line. Arguments: token, file.
units = 0

function init(args)
  token = args[1]
  ids = {}
  for line in io.lines(args[2]) do
    ids[#ids + 1] = line
  end
  headers = { ["Accept"] = "application/scim+json", ["Authorization"] = "Bearer " .. token }
  math.randomseed(os.time() * 100 + thread_id)
end

function request()
  return wrk.format("GET", "/scim/v2/Users/" .. ids[math.random(1, #ids)], headers)
end

function response(status, headers, body)
  if status == 200 then
    units = units + 1
  else
    failed(status, body)
  end
end
