/** A chart point: x in milliseconds (local midnight of `day`), y the value, plus the day itself. */
export interface DayDatum {
  x: number;
  y: number;
  day: string;
}

/** An event as a chart marker: what it was, which indicator, and who reported it. */
export interface ChartEvent {
  id: number;
  date: string;
  title: string;
  severity: number;
  /** The indicator in words (index chart); may be left out on an indicator's own chart. */
  indicatorName?: string;
  sourceName: string;
  sourceUrl?: string;
}

export interface EventDatum extends DayDatum {
  event: ChartEvent;
}

/** An indicator as charts name and colour it. */
export interface ChartIndicator {
  key: string;
  name: string;
}
