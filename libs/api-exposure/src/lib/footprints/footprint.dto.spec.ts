import { CPC_EXPORTER } from '@kem/contracts/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { COUNTRY_INDEX_PATH } from '../shared/country-index-access.guard';
import { CreateScenarioDto } from '../scenarios/scenario.dto';
import { CreateFootprintDto, UpdateFootprintDto } from './footprint.dto';

const problems = <T extends object>(type: new () => T, body: object) =>
  validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true })
    .map((e) => e.property)
    .sort();

describe('footprint and scenario bodies', () => {
  it('accepts a complete footprint and a partial change', () => {
    expect(problems(CreateFootprintDto, CPC_EXPORTER)).toEqual([]);
    expect(problems(UpdateFootprintDto, { exportRouteShare: 50 })).toEqual([]);
  });

  it('bounds every number by its meaning and names each field', () => {
    expect(
      problems(CreateFootprintDto, {
        ...CPC_EXPORTER,
        revenueShareKz: 101,
        exportRouteShare: -1,
        staffInKz: 1.5,
        sitesInKz: 10_001,
        foreignFundedPartners: 1e308,
        siteRegions: ['moscow'],
        paymentsViaRussia: 'yes',
        colour: 'red',
      }),
    ).toEqual([
      'colour',
      'exportRouteShare',
      'foreignFundedPartners',
      'paymentsViaRussia',
      'revenueShareKz',
      'siteRegions',
      'sitesInKz',
      'staffInKz',
    ]);
    expect(problems(UpdateFootprintDto, { name: null })).toEqual(['name']);
    expect(problems(CreateFootprintDto, { ...CPC_EXPORTER, name: '   ' })).toEqual(['name']);
  });

  it('validates scenario events one by one', () => {
    const event = { indicatorKey: 'cpc_pipeline', severity: 5, start: '2026-12-03', durationDays: 56 };
    expect(problems(CreateScenarioDto, { name: 'CPC', events: [event], holds: [] })).toEqual([]);
    expect(problems(CreateScenarioDto, { name: 'CPC', events: [{ ...event, severity: 9 }], holds: [], horizonMonths: 6 })).toEqual([
      'events',
      'horizonMonths',
    ]);
    expect(problems(CreateScenarioDto, { name: 'CPC', events: ['x'], holds: [] })).toEqual(['events']);
  });
});

describe('PUBLIC_COUNTRY_INDEX routes', () => {
  it('covers the index and indicator series, nothing else', () => {
    for (const path of [
      '/api/index',
      '/api/index?from=2020-01-01',
      '/api/index/latest',
      '/api/index/explain',
      '/api/indicators/cpc_pipeline/series',
    ])
      expect(COUNTRY_INDEX_PATH.test(path)).toBe(true);
    for (const path of ['/api/indicators', '/api/indexes', '/api/footprints', '/api/health', '/api/events'])
      expect(COUNTRY_INDEX_PATH.test(path)).toBe(false);
  });
});
