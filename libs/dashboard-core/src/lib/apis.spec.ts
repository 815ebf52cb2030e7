import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { apiBackendPerTest } from '../testing/api-backend';
import { AuditApi } from './audit.api';
import { apiFieldErrors, fieldError } from './field-errors';
import { IndexApi } from './index.api';
import { ProfilesApi } from './profiles.api';
import { UsersApi } from './users.api';

describe('data access for profiles, users and the audit log', () => {
  const http = apiBackendPerTest();

  it('ProfilesApi lists live profiles, archived ones too on request, and speaks to each profile route', () => {
    const api = TestBed.inject(ProfilesApi);
    api.list().subscribe();
    expect(http.expectOne((r) => r.url === '/api/profiles').request.params.keys()).toEqual([]);
    api.list({ includeArchived: true }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/profiles').request.params.get('includeArchived')).toBe('true');

    api.saveVersion(3, { weights: { a: 1 }, method: 'geometric', note: 'More CPC' }).subscribe();
    const save = http.expectOne({ method: 'POST', url: '/api/profiles/3/versions' });
    expect(save.request.body).toEqual({ weights: { a: 1 }, method: 'geometric', note: 'More CPC' });

    api.revert(3, 2, 'Back to March').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/profiles/3/versions/2/revert' }).request.body).toEqual({ note: 'Back to March' });

    api.diff(3, 1, 4).subscribe();
    const diff = http.expectOne((r) => r.url === '/api/profiles/3/versions/diff');
    expect([diff.request.params.get('from'), diff.request.params.get('to')]).toEqual(['1', '4']);

    api.update(3, { archived: true }).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/profiles/3' }).request.body).toEqual({ archived: true });
    api.versions(3).subscribe();
    http.expectOne({ method: 'GET', url: '/api/profiles/3/versions' });
    api.build(3).subscribe();
    http.expectOne({ method: 'GET', url: '/api/profiles/3/build' });
    TestBed.inject(IndexApi).scoreHistory({ from: '2016-01-01' }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/index/scores').request.params.keys()).toEqual(['from']);
  });

  it('UsersApi creates and patches users', () => {
    const api = TestBed.inject(UsersApi);
    api.create({ email: 'a@example.com', password: 'long-enough-pw', role: 'analyst' }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/users' }).request.body.role).toBe('analyst');
    api.update(4, { active: false }).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/users/4' }).request.body).toEqual({ active: false });
    api.list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/users' });
  });

  it('AuditApi sends only the filters that are set', () => {
    TestBed.inject(AuditApi).list({ action: 'weights.', actor: '  ', entityType: 'profile', page: 2, from: undefined }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/audit');
    expect(req.request.params.keys().sort()).toEqual(['action', 'entityType', 'page']);
    expect(req.request.params.get('action')).toBe('weights.');
  });

  it('reads field errors from 400 and 409 answers only, leaving out entries without a field', () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      message: 'last admin',
      errors: [{ field: 'role', message: 'would leave no active admin' }],
    };
    const conflict = new HttpErrorResponse({ status: 409, error: body });
    expect(fieldError(apiFieldErrors(conflict), 'role')).toBe('would leave no active admin');
    expect(apiFieldErrors(new HttpErrorResponse({ status: 500, error: body }))).toEqual([]);
    expect(apiFieldErrors(new Error('x'))).toEqual([]);
    const unnamed = new HttpErrorResponse({
      status: 400,
      error: { ...body, errors: [{ message: 'no field' }, { field: 'email', message: 'taken' }] },
    });
    expect(apiFieldErrors(unnamed)).toEqual([{ field: 'email', message: 'taken' }]);
  });
});
