export interface AuditEntryView {
  id: number;
  at: string;
  actor: string | null;
  /** e.g. event.create, event.update, user.create, weights.save */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
