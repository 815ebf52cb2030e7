import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css)$/;
const ROUTE_PRELOAD = /<link rel="modulepreload" href="[^"]*" data-route="([^"]*)">/g;
const logger = new Logger('Dashboard');

/**
 * index.html as a page at `path` gets it: the chunk preloads the build added for one route
 * (`data-route`, apps/dashboard/tools/route-preload.ts) only on that route, so a deep link such as
 * /report does not spend its first second fetching the overview's chunks.
 */
export function indexHtmlFor(html: string, path: string): string {
  return html.replace(ROUTE_PRELOAD, (link, route: string) => (route === path ? link : ''));
}

/**
 * Serves the built dashboard at / and answers every other non-API page path (deep links such as
 * /admin/weights) with index.html; /api/... paths and missing files fall through to the API's JSON 404.
 */
export function hostDashboard(app: NestExpressApplication, dir: string | null): void {
  const index = dir ? join(dir, 'index.html') : null;
  if (!dir || !index || !existsSync(index)) {
    logger.warn(`No built dashboard found${dir ? ` in ${dir}` : ''}; serving the API only`);
    return;
  }
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const html = readFileSync(index, 'utf8');
  const withoutPreloads = indexHtmlFor(html, '');
  const routePages = new Map([...html.matchAll(ROUTE_PRELOAD)].map(([, route]) => [route, indexHtmlFor(html, route)]));
  app.use(
    (
      req: { method: string; path: string },
      res: { setHeader: (k: string, v: string) => void; type: (t: string) => void; send: (body: string) => void },
      next: () => void,
    ) => {
      const isPage = (req.method === 'GET' || req.method === 'HEAD') && !/^\/api(\/|$)/.test(req.path) && !extname(req.path);
      if (!isPage) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html');
      res.send(routePages.get(req.path) ?? withoutPreloads);
    },
  );
  logger.log(`Serving the dashboard from ${dir}`);
}
