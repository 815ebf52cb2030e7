import { AppConfig } from '@kem/api-config';
import helmet from 'helmet';

/** True when the deployment is reached over HTTPS: its public address is https, or cookies are marked Secure. */
export function servesHttps(config: Pick<AppConfig, 'publicUrl' | 'session'>): boolean {
  return config.publicUrl.startsWith('https://') || config.session.cookieSecure;
}

/**
 * Helmet with a content-security policy the dashboard runs under: scripts only from this origin;
 * inline styles allowed because Angular injects component styles at run time; data:/blob: images
 * for chart exports. Framing is refused both ways browsers understand: CSP frame-ancestors 'none'
 * and X-Frame-Options DENY (helmet's default SAMEORIGIN would contradict the CSP). HSTS only when
 * the deployment is HTTPS: sent over plain HTTP it would be ignored at best, and pin a host that
 * also serves HTTP elsewhere at worst.
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl' | 'session'>) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: servesHttps(config) ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
