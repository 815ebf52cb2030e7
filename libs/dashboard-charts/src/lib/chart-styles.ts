/** Styles shared by the chart components: the tables of their data-table alternative (the canvas has its own, in ChartCanvas). */
export const CHART_STYLES = `
:host { display: block; }
.table-wrap { max-height: 320px; overflow: auto; margin-top: 8px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 8px; }
th, td { padding: 4px 8px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { position: sticky; top: 0; background: var(--mat-sys-surface-container); }
td.wrap { white-space: normal; min-width: 240px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
