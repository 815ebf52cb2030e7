/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { measurePreviewMaths } from './preview-speed.bench';

/**
 * Benchmark-like check of the live weight preview: computeIndex over 10 years × 8 indicators of
 * synthetic daily scores (what runs on every slider move). The timing runs in a plain Node process,
 * because jest's sandbox makes each global lookup (Math.log, Number.isNaN) ~30× slower and would
 * overstate it. The bound (one frame, 16 ms) is loose on purpose; an accidental O(n²) would still fail.
 * The browser figure, chart redraw included, is shown on the weights page itself.
 */
describe('live preview speed', () => {
  it('recomputes the index for 10 years × 8 indicators within one frame (16 ms)', () => {
    const root = resolve(__dirname, '../../../../..');
    const script = `const { measurePreviewMaths } = require(${JSON.stringify(join(__dirname, 'preview-speed.bench.ts'))});
      console.log(JSON.stringify(measurePreviewMaths(10, 8, 200)));`;
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr.replace(/.*Unknown user config.*\n?/g, '')).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ReturnType<typeof measurePreviewMaths>;
    console.log(
      `computeIndex, ${result.days} days (10 years) × 8 indicators, median of 200 runs in Node: ` +
        `arithmetic ${result.arithmetic.toFixed(3)} ms, geometric ${result.geometric.toFixed(3)} ms (budget: one frame, 16 ms)`,
    );
    expect(result.days).toBe(3653);
    expect(result.arithmetic).toBeLessThan(16);
    expect(result.geometric).toBeLessThan(16);
  });

  it('measures real work on data shaped like the history (small run inside jest)', () => {
    const result = measurePreviewMaths(1, 8, 3);
    expect(result.days).toBe(365);
    expect(result.arithmetic).toBeGreaterThan(0);
  });
});
