/** One link of the main navigation (the wide header and the narrow menu). */
export interface NavLink {
  path: string;
  label: string;
  /** Active only on exactly this path (the overview, the events list). */
  exact?: boolean;
}
