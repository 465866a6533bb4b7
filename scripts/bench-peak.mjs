// @ts-check
// Preloaded (node --import) into the processes `npm run bench` times, to report what they used as
// they end, on standard error: the peak memory (maximum resident set size, in kilobytes) and the
// CPU time of every thread of the process (user and system, in microseconds).
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nbench-peak-rss-kb=${usage.maxRSS} bench-cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
