import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'kem-not-found-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1>Page not found</h1>
    <p>There is no page at this address.</p>
    <a mat-stroked-button routerLink="/">Back to the dashboard</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}

@Component({
  selector: 'kem-forbidden-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1>Not allowed</h1>
    <p>Your role does not give access to this page. Ask an administrator if you need it.</p>
    <a mat-stroked-button routerLink="/">Back to the dashboard</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
