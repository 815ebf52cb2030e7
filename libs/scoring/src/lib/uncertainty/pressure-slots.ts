import { CALENDAR_CLOCK, eventPressureAt, type DecayClock, type EventSpans } from '../methods/decaying-pressure';

const BEFORE_RANGE = -2; // ended before the range: enters through its closed-form decay factor
const NO_SLOT = -1;

/**
 * spreadEvents (the first half of decayingPressure) for scorers that rerun the recursion with new
 * impacts in every draw, with everything that does not depend on the impacts worked out once: each
 * event's day slots over `days` days from `fromDay`, and the decay factor 2^(−(τ(from) − τ(end))/h)
 * of events that ended before the range. A draw spreads its impacts with {@link add}, then runs the
 * recursion from {@link held} and {@link decayed} over {@link starts} and {@link endings}, emptying
 * them as it goes or afterwards with {@link clear} (instead of clearing whole buffers).
 */
export class PressureSlots {
  /** Events that start by the last day (later ones never count): the first `count` of the spans. */
  readonly count: number;
  /** Day offset where each event starts (negative: before the range; it started or even ended before it). */
  readonly startSlot: Int32Array;
  /** Day offset after each event's end (NO_SLOT: it ends on or after the last day, or before the range). */
  private readonly endSlot: Int32Array;
  private readonly decayFactor: Float64Array;
  /** Impact that starts on each day, and that ends on the day before (as in spreadEvents). */
  readonly starts: Float64Array;
  readonly endings: Float64Array;
  /** Impact of the events under way since before the range, spread so far. */
  held = 0;
  /** Pressure on the first day of the events that ended before the range, spread so far. */
  decayed = 0;

  /** @param spans events sorted by start, end ≥ start */
  constructor(spans: EventSpans, fromDay: number, days: number, halfLifeDays: number, clock: DecayClock = CALENDAR_CLOCK) {
    const lastDay = fromDay + days - 1;
    let count = 0;
    while (count < spans.count && spans.start[count] <= lastDay) count++;
    this.count = count;
    this.startSlot = new Int32Array(count);
    this.endSlot = new Int32Array(count).fill(NO_SLOT);
    this.decayFactor = new Float64Array(count);
    for (let e = 0; e < count; e++) {
      const start = spans.start[e];
      const end = spans.end[e];
      if (start < fromDay && end < fromDay) {
        this.startSlot[e] = BEFORE_RANGE;
        this.decayFactor[e] = eventPressureAt(start, end, 1, halfLifeDays, fromDay, clock);
        continue;
      }
      this.startSlot[e] = start < fromDay ? NO_SLOT : start - fromDay;
      if (end < lastDay) this.endSlot[e] = end - fromDay + 1;
    }
    this.starts = new Float64Array(days);
    this.endings = new Float64Array(days + 1);
  }

  /** Starts a draw: nothing held or decayed (the day slots are empty already). */
  reset(): void {
    this.held = 0;
    this.decayed = 0;
  }

  /** Spreads impact p of event e; an end on or after day offset `days` is left out (a shorter recursion). */
  add(e: number, p: number, days: number): void {
    const slot = this.startSlot[e];
    if (slot === BEFORE_RANGE) {
      this.decayed += p * this.decayFactor[e];
      return;
    }
    if (slot === NO_SLOT) this.held += p;
    else this.starts[slot] += p;
    const end = this.endSlot[e];
    if (end !== NO_SLOT && end < days) this.endings[end] += p;
  }

  /** Empties the day slots every event can have filled. */
  clear(): void {
    const { startSlot, endSlot, starts, endings } = this;
    for (let e = 0; e < startSlot.length; e++) {
      if (startSlot[e] >= 0) starts[startSlot[e]] = 0;
      if (endSlot[e] !== NO_SLOT) endings[endSlot[e]] = 0;
    }
  }
}
