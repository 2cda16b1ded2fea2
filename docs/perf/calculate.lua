local f = io.open("ras-examples/src/main/resources/org/openras/examples/worked-assessment.json")
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
