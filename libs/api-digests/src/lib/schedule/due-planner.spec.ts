import { planDeliveries, PlannedSubscription, ProfileAlertState } from './due-planner';

const sub = (over: Partial<PlannedSubscription> = {}): PlannedSubscription => ({
  id: 1,
  email: 'risk@example.com',
  cadence: 'weekly',
  sendTime: '08:00',
  timeZone: 'Asia/Almaty',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  profileSlug: 'default',
  alertBandChange: false,
  alertRiseDay: null,
  alertRiseWeek: null,
  ...over,
});
const monday0800Almaty = new Date('2026-11-23T03:00:00Z');
const sundayBefore = new Date('2026-11-22T10:00:00Z');

describe('planDeliveries', () => {
  it('plans a due digest keyed by its period, and a not-yet-due one only when forced', () => {
    expect(planDeliveries([sub()], monday0800Almaty, false, new Map())).toEqual([
      {
        subscriptionId: 1,
        kind: 'digest',
        periodKey: 'digest:2026-W48',
        recipient: 'risk@example.com',
        context: { periodLabel: 'week 48 of 2026' },
      },
    ]);
    const daily = sub({ cadence: 'daily', sendTime: '23:00' });
    expect(planDeliveries([daily], monday0800Almaty, false, new Map())).toEqual([]);
    expect(planDeliveries([daily], monday0800Almaty, true, new Map()).map((p) => p.periodKey)).toEqual(['digest:2026-11-23']);
  });

  it('fires each alert rule the latest index day meets, keyed by that day', () => {
    const state: ProfileAlertState = {
      date: '2026-11-22',
      value: 61.5,
      band: 'high',
      yesterday: { value: 58, band: 'elevated' },
      weekAgo: { value: 50, band: 'elevated' },
    };
    const watcher = sub({ alertBandChange: true, alertRiseDay: 3, alertRiseWeek: 12 });
    const planned = planDeliveries([watcher], sundayBefore, false, new Map([['default', state]])).filter((p) => p.kind === 'alert');
    expect(planned.map((p) => p.periodKey)).toEqual(['alert:band:2026-11-22', 'alert:rise-day:2026-11-22']);
    expect(planned[0].context).toEqual({
      rule: 'band',
      date: '2026-11-22',
      value: 61.5,
      previousValue: 58,
      fromBand: 'elevated',
      toBand: 'high',
      threshold: null,
    });
    const calm = { ...state, yesterday: { value: 61, band: 'high' } };
    expect(planDeliveries([watcher], sundayBefore, false, new Map([['default', calm]])).filter((p) => p.kind === 'alert')).toEqual([]);
  });
});
