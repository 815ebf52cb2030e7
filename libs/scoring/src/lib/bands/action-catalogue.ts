/** Shapes of the due-diligence action catalogue: plain data, editable and storable like the indicators. */

export interface DueDiligenceAction {
  /** Stable id (for de-duplication in digests and UI state). */
  readonly id: string;
  readonly text: string;
}

/** Actions for one indicator once its own score reaches `minBand` or any band above it. */
export interface IndicatorActionRule {
  readonly indicatorKey: string;
  readonly minBand: string;
  readonly actions: readonly DueDiligenceAction[];
}

export interface ActionCatalogue {
  /** Actions for the overall index, by band key. */
  readonly bandActions: Readonly<Record<string, readonly DueDiligenceAction[]>>;
  readonly indicatorRules: readonly IndicatorActionRule[];
}
