import { loadavg } from 'node:os';

/**
 * Runs `run` `warmup` times unmeasured, then `runs` times, and prints one JSON line: median and
 * 95th-percentile wall time, the median CPU time of this process beside it (on a shared machine
 * other jobs inflate wall time, not CPU time), and whether the median meets `target` (ms).
 */
export function measure(name: string, warmup: number, runs: number, target: number, run: (i: number) => unknown): void {
  for (let i = 0; i < warmup; i++) run(i);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    run(warmup + i);
    times.push(performance.now() - start);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.min(runs - 1, Math.ceil(0.95 * runs) - 1)];
  const round = (x: number) => Math.round(x * 100) / 100;
  const wall = median(times);
  console.log(
    JSON.stringify({
      case: name,
      median_ms: round(wall),
      p95_ms: round(p95),
      cpu_median_ms: round(median(cpu)),
      runs,
      target_ms: target,
      met: wall <= target,
    }),
  );
}

/** One JSON line with the machine's 1-minute load average (2 cores: above 2, other jobs share the CPU). */
export function printLoad(): void {
  console.log(JSON.stringify({ loadAverage1m: Math.round(loadavg()[0] * 100) / 100 }));
}
