import type { CreateFootprintRequest, FootprintView } from '../lib/exposure';

/** A crude trader: 90 % of its Kazakh exports through CPC, a small office in Atyrau. */
export const CPC_EXPORTER: CreateFootprintRequest = {
  name: 'Caspian Crude LLP',
  revenueShareKz: 30,
  exportRouteShare: 90,
  russianInputShare: 0,
  staffInKz: 20,
  sitesInKz: 1,
  siteRegions: ['atyrau'],
  foreignFundedPartners: 0,
  paymentsViaRussia: false,
  dataViaRussia: false,
  telecomViaRussia: false,
};

/** The CPC exporter as the API shows it to its owner. */
export const CPC_EXPORTER_VIEW: FootprintView = {
  ...CPC_EXPORTER,
  id: 7,
  mine: true,
  createdAt: '2026-02-15T09:00:00.000Z',
  updatedAt: '2026-02-15T09:00:00.000Z',
};
