import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';

const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css)$/;
const logger = new Logger('Dashboard');

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
  app.use(
    (
      req: { method: string; path: string },
      res: { setHeader: (k: string, v: string) => void; sendFile: (p: string) => void },
      next: () => void,
    ) => {
      const isPage = (req.method === 'GET' || req.method === 'HEAD') && !/^\/api(\/|$)/.test(req.path) && !extname(req.path);
      if (!isPage) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    },
  );
  logger.log(`Serving the dashboard from ${dir}`);
}
