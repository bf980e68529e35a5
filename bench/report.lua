-- Prints the latency percentiles wrk does not (p95) and the request rate, on one line.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d rate=%.0f/s errors=%d p50=%.2fms p95=%.2fms p99=%.2fms\n",
    summary.requests, summary.requests / seconds,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
