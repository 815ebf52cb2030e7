/** Styles shared by the chart components (the canvas and the data tables have their own, in ChartCanvas and ChartDataTable). */
export const CHART_STYLES = `
:host { display: block; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
