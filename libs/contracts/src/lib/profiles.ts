export type AggregationMethodName = 'arithmetic' | 'geometric';

export interface ProfileVersionView {
  id: number;
  number: number;
  weights: Record<string, number>;
  method: AggregationMethodName;
  note: string;
  author: string | null;
  createdAt: string;
}

export interface ProfileView {
  id: number;
  slug: string;
  name: string;
  /** Why these weights suit this kind of business. */
  description: string;
  archived: boolean;
  /** The version whose index is served. */
  activeVersion: ProfileVersionView | null;
}
