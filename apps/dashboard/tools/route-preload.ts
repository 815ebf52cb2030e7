/**
 * After the Angular build: lets index.html fetch the home route's lazy chunks while the application
 * starts, instead of after (the route's chunk is requested once the router runs, and the chunks it
 * imports only once that one has arrived). Reads the build's esbuild metafile (stats.json) and adds a
 * `<link rel="modulepreload" data-route="/">` for the entry point's chunk and every chunk it imports
 * statically, except those index.html already loads. The API sends these links only with that route's
 * page (indexHtmlFor in apps/api/src/app/dashboard-hosting.ts).
 *   node -r @swc-node/register apps/dashboard/tools/route-preload.ts <build output dir> <entry point>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of esbuild's metafile this reads: each output file, the source it is the entry of, what it imports. */
export interface BuildStats {
  outputs: Record<string, { entryPoint?: string; imports: readonly { path: string; kind: string }[] }>;
}

/** The chunk built for `entryPoint` and every chunk it needs before it runs (static imports, transitively), in that order. */
export function chunksOf(stats: BuildStats, entryPoint: string): string[] {
  const entry = Object.keys(stats.outputs).find((file) => stats.outputs[file].entryPoint === entryPoint);
  if (entry === undefined) throw new Error(`The build has no chunk for ${entryPoint}`);
  const chunks: string[] = [];
  const visit = (file: string) => {
    if (chunks.includes(file)) return;
    chunks.push(file);
    for (const i of stats.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  return chunks;
}

/** The scripts index.html already loads or preloads. */
function loadedScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script\b[^>]*\bsrc|link\b[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * index.html with a modulepreload link for each chunk it does not already load, at the end of its body:
 * after the application's own scripts, which are requested first (a browser opens at most six
 * connections to the server, and the application must not wait behind the route's chunks).
 */
export function withRoutePreloads(html: string, route: string, chunks: readonly string[]): string {
  const loaded = loadedScripts(html);
  const links = chunks
    .filter((chunk) => !loaded.includes(chunk))
    .map((chunk) => `<link rel="modulepreload" href="${chunk}" data-route="${route}">`)
    .join('');
  if (!html.includes('</body>')) throw new Error('index.html has no </body>');
  return html.replace('</body>', `${links}</body>`);
}

if (require.main === module) {
  const [outputDir, entryPoint] = process.argv.slice(2);
  if (!outputDir || !entryPoint) throw new Error('usage: route-preload.ts <build output dir> <entry point>');
  const stats = JSON.parse(readFileSync(join(outputDir, 'stats.json'), 'utf8')) as BuildStats;
  const indexFile = join(outputDir, 'browser', 'index.html');
  writeFileSync(indexFile, withRoutePreloads(readFileSync(indexFile, 'utf8'), '/', chunksOf(stats, entryPoint)));
}
