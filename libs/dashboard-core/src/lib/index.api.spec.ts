import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IndexApi } from './index.api';

describe('IndexApi', () => {
  it('sends only the range parameters that are set', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(IndexApi);
    const http = TestBed.inject(HttpTestingController);
    api.series({ profile: 'energy-exporter', from: '2022-01-01', interval: 'week' }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/index');
    expect(req.request.params.keys().sort()).toEqual(['from', 'interval', 'profile']);
    expect(req.request.params.get('interval')).toBe('week');
    api.indicatorSeries('cpc_pipeline', { to: '2023-01-01' }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/indicators/cpc_pipeline/series').request.params.get('to')).toBe('2023-01-01');
    http.verify();
  });
});
