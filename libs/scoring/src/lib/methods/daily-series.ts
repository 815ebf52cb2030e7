import { createPressureWorkspace, type PressureWorkspace } from './decaying-pressure';

/**
 * A daily series of a prepared indicator for t = fromDay … fromDay + days − 1, written into `out`
 * (length ≥ days; a new array when omitted), with `workspace` as scratch buffers that hot loops reuse
 * across calls.
 */
export type DailySeries<P> = (
  prepared: P,
  fromDay: number,
  days: number,
  out?: Float64Array,
  workspace?: PressureWorkspace,
) => Float64Array;

/** Makes a DailySeries from a kernel that always receives its output array and workspace. */
export function dailySeries<P>(
  kernel: (prepared: P, fromDay: number, days: number, out: Float64Array, workspace: PressureWorkspace) => Float64Array,
): DailySeries<P> {
  return (prepared, fromDay, days, out = new Float64Array(days), workspace = createPressureWorkspace(days)) =>
    kernel(prepared, fromDay, days, out, workspace);
}
