import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// The home page's code (the chunk its route loads lazily) downloads while the application boots, not after.
if (location.pathname === '/') import('@kem/dashboard-overview').catch(() => undefined);

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
