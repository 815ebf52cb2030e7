import { Interaction, InteractionModeFunction } from 'chart.js';

declare module 'chart.js' {
  interface InteractionModeMap {
    /** Event markers under the pointer win; elsewhere the nearest point along x. */
    markersFirst: InteractionModeFunction;
  }
}

/**
 * Tooltip interaction for series with event markers: a marker (a scatter dataset) under the pointer
 * — within its drawn size plus hit radius — is what the tooltip shows; anywhere else, the line's
 * point nearest along the x axis. Plain 'nearest' would pick a neighbouring day of the line while the
 * pointer is on the left half of a diamond.
 */
export const markersFirst: InteractionModeFunction = (chart, e, options, useFinalPosition) => {
  const isMarker = (datasetIndex: number) => chart.data.datasets[datasetIndex]?.type === 'scatter';
  const onMarker = Interaction.modes
    .point(chart, e, { ...options, intersect: true, axis: 'xy' }, useFinalPosition)
    .filter((item) => isMarker(item.datasetIndex));
  if (onMarker.length > 0) return onMarker;
  return Interaction.modes
    .nearest(chart, e, { ...options, intersect: false, axis: 'x' }, useFinalPosition)
    .filter((item) => !isMarker(item.datasetIndex));
};
