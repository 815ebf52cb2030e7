import type {
  ApiError,
  AuditEntryView,
  CompanyIndexView,
  ConnectorRunView,
  ConnectorStatusView,
  DeliveryView,
  DigestPreviewView,
  DigestRunView,
  EventView,
  EvidenceHealthView,
  ExposureRuleView,
  FootprintView,
  HealthView,
  ImportReport,
  IndexExplanationView,
  IndexOverviewView,
  IndexSeriesView,
  IndexUncertaintyView,
  IndicatorReviewView,
  IndicatorSeriesView,
  IndicatorView,
  LatestIndexView,
  LoginResponse,
  MethodologyView,
  ObservationImportReport,
  ObservationView,
  OutboxMessageDetailView,
  OutboxMessageView,
  Page,
  ProfileBuildView,
  ProfileVersionView,
  ProfileView,
  ReplayPresetView,
  ReplayView,
  ScenarioComparisonView,
  ScenarioPresetView,
  ScenarioProjectionView,
  ScenarioView,
  ScoreHistoryView,
  SubscriptionView,
  TriageItemView,
  TriageResult,
  UserView,
  VersionDiffView,
} from '@kem/contracts';

/**
 * Every response body the API describes, by the name of its schema in the OpenAPI description.
 * The schemas are generated from these libs/contracts types (`npm run openapi:schemas` writes
 * contract-schemas.json), and `@ApiView(name)` checks at compile time that the handler returns
 * the type named here: the description, the contracts and the handlers cannot drift apart.
 */
export interface ContractViews {
  ApiError: ApiError;
  AuditEntryViewPage: Page<AuditEntryView>;
  CompanyIndexView: CompanyIndexView;
  ConnectorRunView: ConnectorRunView;
  ConnectorStatusView: ConnectorStatusView;
  DeliveryView: DeliveryView;
  DeliveryViewPage: Page<DeliveryView>;
  DigestPreviewView: DigestPreviewView;
  DigestRunView: DigestRunView;
  EventView: EventView;
  EventViewPage: Page<EventView>;
  EvidenceHealthView: EvidenceHealthView;
  ExposureRuleView: ExposureRuleView;
  FootprintView: FootprintView;
  FootprintViewPage: Page<FootprintView>;
  HealthView: HealthView;
  ImportReport: ImportReport;
  IndexExplanationView: IndexExplanationView;
  IndexOverviewView: IndexOverviewView;
  IndexSeriesView: IndexSeriesView;
  IndexUncertaintyView: IndexUncertaintyView;
  IndicatorReviewView: IndicatorReviewView;
  IndicatorSeriesView: IndicatorSeriesView;
  IndicatorView: IndicatorView;
  LatestIndexView: LatestIndexView;
  LoginResponse: LoginResponse;
  MethodologyView: MethodologyView;
  ObservationImportReport: ObservationImportReport;
  ObservationView: ObservationView;
  ObservationViewPage: Page<ObservationView>;
  OutboxMessageDetailView: OutboxMessageDetailView;
  OutboxMessageViewPage: Page<OutboxMessageView>;
  ProfileBuildView: ProfileBuildView;
  ProfileVersionView: ProfileVersionView;
  ProfileView: ProfileView;
  ReplayPresetView: ReplayPresetView;
  ReplayView: ReplayView;
  ScenarioComparisonView: ScenarioComparisonView;
  ScenarioPresetView: ScenarioPresetView;
  ScenarioProjectionView: ScenarioProjectionView;
  ScenarioView: ScenarioView;
  ScenarioViewPage: Page<ScenarioView>;
  ScoreHistoryView: ScoreHistoryView;
  SubscriptionView: SubscriptionView;
  SubscriptionViewPage: Page<SubscriptionView>;
  TriageItemViewPage: Page<TriageItemView>;
  TriageResult: TriageResult;
  UserView: UserView;
  VersionDiffView: VersionDiffView;
}

export type ViewName = keyof ContractViews;
