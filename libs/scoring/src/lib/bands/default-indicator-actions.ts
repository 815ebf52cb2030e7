import type { IndicatorActionRule } from './action-catalogue';

/**
 * Due-diligence actions per default indicator at High, and the additional ones at Severe (a Severe
 * indicator triggers both rules). Written for a corporate risk manager; concrete enough to assign.
 */
export const DEFAULT_INDICATOR_ACTION_RULES: readonly IndicatorActionRule[] = [
  {
    indicatorKey: 'foreign_agent',
    minBand: 'high',
    actions: [
      {
        id: 'foreign_agent.partners',
        text: 'Review exposure of foreign-funded partners (NGOs, media, research and consulting firms): who is on the foreign-funding register, and how a foreign-agent label would affect contracts, payments and reputation.',
      },
      {
        id: 'foreign_agent.own-funding',
        text: 'Check whether your grants, sponsorships or service payments to Kazakh organisations count as foreign funding that they must report, and prepare for disclosure.',
      },
      {
        id: 'foreign_agent.legal',
        text: "Get local legal advice on the bill's current text and on the reporting and labelling duties it would add.",
      },
    ],
  },
  {
    indicatorKey: 'foreign_agent',
    minBand: 'severe',
    actions: [
      {
        id: 'foreign_agent.contingency',
        text: 'Plan for partners being labelled foreign agents: alternative implementing partners, revised payment channels, and agreed messages for staff and beneficiaries.',
      },
      {
        id: 'foreign_agent.data',
        text: "Share personal data of partners' staff only as far as the law requires, and review what you hold in-country.",
      },
    ],
  },
  {
    indicatorKey: 'csto_military',
    minBand: 'high',
    actions: [
      {
        id: 'csto_military.map',
        text: 'Map sites, staff and assets near military facilities, airfields and transport hubs that CSTO or Russian forces use.',
      },
      {
        id: 'csto_military.travel',
        text: 'Review travel-security plans and staff tracking; brief staff on curfews, checkpoints and movement restrictions.',
      },
      {
        id: 'csto_military.export-control',
        text: 'Check whether partners supply or serve the defence and security sector, and screen them for export-control and sanctions exposure.',
      },
    ],
  },
  {
    indicatorKey: 'csto_military',
    minBand: 'severe',
    actions: [
      {
        id: 'csto_military.deployment',
        text: 'Prepare for a foreign military presence: evacuation routes, safe-haven options, and stocks of cash, fuel and essential supplies at each site.',
      },
      { id: 'csto_military.board', text: 'Reassess sanctions and reputational exposure of continuing operations and brief the board.' },
    ],
  },
  {
    indicatorKey: 'cpc_pipeline',
    minBand: 'high',
    actions: [
      {
        id: 'cpc_pipeline.impact',
        text: 'Model the revenue and supply impact of reduced CPC throughput (the route for about 80 % of Kazakh crude exports) over 30, 60 and 90 days.',
      },
      {
        id: 'cpc_pipeline.routes',
        text: 'Evaluate alternative export routes — Trans-Caspian tankers from Aktau to Baku for Baku–Tbilisi–Ceyhan (BTC), rail to China, and the Atasu–Alashankou pipeline — for capacity, cost and lead time.',
      },
      {
        id: 'cpc_pipeline.contracts',
        text: 'Review offtake and shipping contracts for force-majeure, demurrage and delivery-point exposure at Novorossiysk.',
      },
    ],
  },
  {
    indicatorKey: 'cpc_pipeline',
    minBand: 'severe',
    actions: [
      {
        id: 'cpc_pipeline.secure-capacity',
        text: 'Secure alternative capacity now (Caspian tankers to Baku, rail slots to China) and align production or purchase plans with what can actually be exported.',
      },
      {
        id: 'cpc_pipeline.notify',
        text: 'Inform lenders, offtakers and insurers of expected shortfalls and check business-interruption cover.',
      },
    ],
  },
  {
    indicatorKey: 'trade_russia',
    minBand: 'high',
    actions: [
      {
        id: 'trade_russia.map',
        text: 'Map suppliers and customers whose goods come from, go to or transit Russia, with their share of your volumes.',
      },
      {
        id: 'trade_russia.evasion',
        text: 'Screen Kazakh counterparties for sanctions-evasion red flags (re-exports, dual-use and common high-priority goods, unusual trade patterns).',
      },
      {
        id: 'trade_russia.alternatives',
        text: 'Qualify alternative suppliers for critical inputs in Kazakhstan, China, Türkiye or the EU.',
      },
    ],
  },
  {
    indicatorKey: 'trade_russia',
    minBand: 'severe',
    actions: [
      {
        id: 'trade_russia.shift',
        text: 'Shift critical sourcing away from Russian-origin or Russia-transit goods and hold 8–12 weeks of buffer stock.',
      },
      {
        id: 'trade_russia.payments',
        text: 'Review rouble and Russian-bank exposure in payments and receivables; set hedges or alternative settlement routes.',
      },
    ],
  },
  {
    indicatorKey: 'civil_liberties',
    minBand: 'high',
    actions: [
      {
        id: 'civil_liberties.policies',
        text: 'Review how new restrictions on media, assembly and expression (including the LGBT "propaganda" ban) affect your marketing, HR policies and staff; take local legal advice.',
      },
      {
        id: 'civil_liberties.shutdown',
        text: 'Prepare for internet shutdowns: offline procedures, alternative connectivity (satellite) and backups of critical data outside the country.',
      },
      {
        id: 'civil_liberties.reputation',
        text: 'Assess reputational exposure through partners, sponsorships and events linked to the crackdown.',
      },
    ],
  },
  {
    indicatorKey: 'civil_liberties',
    minBand: 'severe',
    actions: [
      { id: 'civil_liberties.staff', text: 'Protect staff at risk: legal support, secure communications and relocation options.' },
      {
        id: 'civil_liberties.data',
        text: "Minimise and encrypt personal data held in-country and prepare a procedure for authorities' data requests.",
      },
    ],
  },
  {
    indicatorKey: 'sovereignty_rhetoric',
    minBand: 'high',
    actions: [
      {
        id: 'sovereignty_rhetoric.scenario',
        text: "Add a scenario of Russian pressure on northern Kazakhstan (territorial claims, 'protection' of Russian speakers) to the strategic risk assessment.",
      },
      {
        id: 'sovereignty_rhetoric.concentration',
        text: 'Check how much of your assets and staff sit in the northern and eastern regions that border Russia.',
      },
      {
        id: 'sovereignty_rhetoric.signals',
        text: "Track Astana's official responses (protest notes, summoned diplomats) as signals of escalation.",
      },
    ],
  },
  {
    indicatorKey: 'sovereignty_rhetoric',
    minBand: 'severe',
    actions: [
      {
        id: 'sovereignty_rhetoric.exercise',
        text: 'Run a scenario exercise for a serious bilateral crisis (sanctions, border closure, hybrid pressure) and agree triggers for reducing exposure.',
      },
      {
        id: 'sovereignty_rhetoric.comms',
        text: 'Prepare communications for staff, customers and investors in case relations between Astana and Moscow break down.',
      },
    ],
  },
  {
    indicatorKey: 'infrastructure',
    minBand: 'high',
    actions: [
      {
        id: 'infrastructure.dependence',
        text: 'Identify sites that rely on Russian electricity, gas or internet transit (most international traffic is routed through Russia) and quantify the impact of an outage.',
      },
      {
        id: 'infrastructure.backup',
        text: 'Verify backup power and fuel stocks at critical sites and arrange redundant internet routes (via China, the Caspian or satellite).',
      },
      {
        id: 'infrastructure.cloud',
        text: 'Confirm where cloud services and data centres are hosted and that failover does not depend on Russian routing.',
      },
    ],
  },
  {
    indicatorKey: 'infrastructure',
    minBand: 'severe',
    actions: [
      {
        id: 'infrastructure.run-on-backup',
        text: 'Run critical loads on backup power and connectivity where outages are likely; shed non-essential loads.',
      },
      {
        id: 'infrastructure.utilities',
        text: 'Agree priority restoration with utilities and landlords and review gas-supply contracts for curtailment terms.',
      },
    ],
  },
  {
    indicatorKey: 'internal_unrest',
    minBand: 'high',
    actions: [
      {
        id: 'internal_unrest.security',
        text: 'Review staff-security plans for protests and emergencies: communication tree, shelter-in-place and travel advice (January 2022 brought a nationwide state of emergency).',
      },
      {
        id: 'internal_unrest.outages',
        text: 'Prepare for internet and banking outages: cash reserves, offline payroll and satellite phones for key staff.',
      },
      { id: 'internal_unrest.sites', text: 'Secure sites, stock and vehicles in city centres and near administrative buildings.' },
    ],
  },
  {
    indicatorKey: 'internal_unrest',
    minBand: 'severe',
    actions: [
      {
        id: 'internal_unrest.travel',
        text: 'Suspend non-essential travel to Kazakhstan and to affected regions; confirm staff whereabouts daily.',
      },
      { id: 'internal_unrest.evacuation', text: 'Activate evacuation options and coordinate with embassies and security providers.' },
    ],
  },
];
