// Preloaded (node --import) into the processes `npm run bench` times, to report their peak
// memory: the maximum resident set size, in kilobytes, on standard error as the process ends.
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
