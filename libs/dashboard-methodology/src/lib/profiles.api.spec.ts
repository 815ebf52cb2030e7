import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ProfilesApi } from './profiles.api';

describe('ProfilesApi', () => {
  it('reads the live profiles from GET /api/profiles without parameters', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const profiles = firstValueFrom(TestBed.inject(ProfilesApi).list());
    const req = http.expectOne('/api/profiles');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.keys()).toEqual([]);
    req.flush([]);
    expect(await profiles).toEqual([]);
    http.verify();
  });
});
