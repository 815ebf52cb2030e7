import type { DueDiligenceAction } from './action-catalogue';

/**
 * Due-diligence actions for the overall index, one list per default band. They follow the brief —
 * conduct thorough due diligence, diversify supply chains, be prepared for disruptions — and escalate
 * from routine monitoring (Low) to executing continuity plans (Severe).
 */
export const DEFAULT_BAND_ACTIONS: Readonly<Record<string, readonly DueDiligenceAction[]>> = {
  low: [
    { id: 'low.monitor', text: 'Review the index monthly and keep digest alerts on for any move into Guarded.' },
    { id: 'low.kyc', text: 'Keep standard KYC and sanctions screening of Kazakh counterparties current; refresh at least annually.' },
    {
      id: 'low.map',
      text: 'Maintain a map of operations, staff, suppliers, customers and export routes that touch Kazakhstan or transit Russia.',
    },
  ],
  guarded: [
    {
      id: 'guarded.ownership',
      text: 'Check key counterparties for Russian ownership or control (25 % or more) and re-screen them quarterly against EU, UK and US sanctions lists.',
    },
    {
      id: 'guarded.single-points',
      text: 'Identify single points of failure in supply and export routes through Russia and record an alternative for each, with indicative cost and lead time.',
    },
    { id: 'guarded.bcp', text: 'Confirm that business-continuity plans cover every Kazakh site and name an owner for each plan.' },
  ],
  elevated: [
    {
      id: 'elevated.edd',
      text: 'Run enhanced due diligence on key partners: beneficial owners, links to the state, and exposure to Russian banks or sanctioned entities.',
    },
    {
      id: 'elevated.diversify',
      text: 'Qualify at least one alternative supplier or route for every critical flow that depends on Russian transit, and hold 4–6 weeks of buffer stock of critical inputs.',
    },
    {
      id: 'elevated.contracts',
      text: 'Review contracts for force-majeure, sanctions and termination clauses, and for payment routes that avoid sanctioned banks.',
    },
    { id: 'elevated.board', text: 'Brief the board quarterly on Kazakhstan exposure and agree the index levels that trigger escalation.' },
  ],
  high: [
    {
      id: 'high.crisis-team',
      text: 'Stand up a crisis team that reviews the index weekly, with named decision owners and a tested communication tree for staff in Kazakhstan.',
    },
    {
      id: 'high.shift-volumes',
      text: 'Move committed volumes to qualified alternative routes and suppliers where the cost is acceptable, and pre-book capacity (rail, Caspian shipping).',
    },
    {
      id: 'high.limit-commitments',
      text: 'Avoid new long-term commitments and prepayments in Kazakhstan; prefer shorter contracts and staged investment.',
    },
    {
      id: 'high.insurance',
      text: 'Check political-risk, trade-credit and business-interruption cover and limits; notify insurers where the policy requires it.',
    },
  ],
  severe: [
    {
      id: 'severe.continuity',
      text: 'Execute continuity plans: switch to alternative routes and suppliers, and prepare to suspend operations that cannot run safely.',
    },
    {
      id: 'severe.staff',
      text: 'Confirm the safety and whereabouts of staff daily; keep evacuation and relocation options ready with security providers.',
    },
    {
      id: 'severe.freeze',
      text: 'Freeze new investment and increases in exposure pending board review; keep cash buffers and copies of critical data outside the country.',
    },
    {
      id: 'severe.stakeholders',
      text: 'Inform insurers, lenders and key customers early about expected disruption, and serve contractual notices in time.',
    },
  ],
};
