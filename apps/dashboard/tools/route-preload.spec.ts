import { BuildStats, chunksOf, withRoutePreloads } from './route-preload';

// The shape of the build's stats.json: main imports the overview lazily; the overview's chunk imports two shared chunks statically.
const stats: BuildStats = {
  outputs: {
    'main-M.js': {
      entryPoint: 'apps/dashboard/src/main.ts',
      imports: [
        { path: 'chunk-CORE.js', kind: 'import-statement' },
        { path: 'chunk-OVERVIEW.js', kind: 'dynamic-import' },
      ],
    },
    'chunk-CORE.js': { imports: [] },
    'chunk-OVERVIEW.js': {
      entryPoint: 'libs/dashboard-overview/src/index.ts',
      imports: [
        { path: 'chunk-CHARTS.js', kind: 'import-statement' },
        { path: 'chunk-CORE.js', kind: 'import-statement' },
        { path: 'chunk-CHECKLIST.js', kind: 'dynamic-import' },
      ],
    },
    'chunk-CHARTS.js': { imports: [{ path: 'chunk-CORE.js', kind: 'import-statement' }] },
    'chunk-CHECKLIST.js': { entryPoint: 'libs/dashboard-overview/src/lib/checklist/checklist.ts', imports: [] },
  },
};

const indexHtml =
  '<html><head><link rel="stylesheet" href="styles-S.css"><link rel="modulepreload" href="chunk-CORE.js"></head>' +
  '<body><kem-root></kem-root><script src="main-M.js" type="module"></script></body></html>';

describe('home route preload', () => {
  it("lists the entry point's chunk and what it imports statically, not what it loads lazily", () => {
    expect(chunksOf(stats, 'libs/dashboard-overview/src/index.ts')).toEqual(['chunk-OVERVIEW.js', 'chunk-CHARTS.js', 'chunk-CORE.js']);
  });

  it('refuses an entry point the build does not have', () => {
    expect(() => chunksOf(stats, 'libs/nothing/src/index.ts')).toThrow('The build has no chunk for libs/nothing/src/index.ts');
  });

  it('preloads the chunks index.html does not load yet, after its own scripts, and is idempotent', () => {
    const html = withRoutePreloads(indexHtml, '/', chunksOf(stats, 'libs/dashboard-overview/src/index.ts'));
    expect(html).toContain(
      '<script src="main-M.js" type="module"></script>' +
        '<link rel="modulepreload" href="chunk-OVERVIEW.js" data-route="/">' +
        '<link rel="modulepreload" href="chunk-CHARTS.js" data-route="/"></body>',
    );
    expect(withRoutePreloads(html, '/', ['chunk-OVERVIEW.js', 'chunk-CHARTS.js', 'chunk-CORE.js'])).toBe(html);
  });
});
