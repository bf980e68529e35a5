-- Files tickets through the API, as an ENT's help button would.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"establishment_uai":"0352958A","kind":"incident","component":"bornes-wifi","nature":"breakdown",
"impacts_whole_establishment":false,"title":"Borne Wi-Fi muette en salle 12","description":"Banc d'essai",
"requester_name":"Banc d'essai"}]]
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d rate=%.0f/s non2xx=%d p50=%.2fms p95=%.2fms p99=%.2fms\n",
    summary.requests, summary.requests / seconds, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
