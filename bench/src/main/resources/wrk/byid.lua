-- GET /scim/v2/Users/{id} for random ids read from a file, one per line. Arguments: token, file,
-- and optionally a query string (such as excludedAttributes=groups).

function init(args)
  token = args[1]
  query = args[3] and args[3] ~= "" and ("?" .. args[3]) or ""
  ids = {}
  for line in io.lines(args[2]) do
    ids[#ids + 1] = line
  end
  headers = { ["Accept"] = "application/scim+json", ["Authorization"] = "Bearer " .. token }
  math.randomseed(os.time() * 100 + thread_id)
end

function request()
  return wrk.format("GET", "/scim/v2/Users/" .. ids[math.random(1, #ids)] .. query, headers)
end

function response(status, headers, body)
  counted(status == 200, status, body)
end
