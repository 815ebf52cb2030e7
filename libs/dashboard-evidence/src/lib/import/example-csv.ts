import { EVENT_CSV_OPTIONAL_COLUMNS, EVENT_CSV_REQUIRED_COLUMNS } from '@kem/contracts';

export const EXAMPLE_CSV_FILE_NAME = 'events-example.csv';

/** What each column holds, for the help beside the upload. */
export const CSV_COLUMN_HELP: Record<(typeof EVENT_CSV_REQUIRED_COLUMNS)[number] | (typeof EVENT_CSV_OPTIONAL_COLUMNS)[number], string> = {
  date: 'Day it happened or began, YYYY-MM-DD (first day of the month or year when only that is known)',
  indicator: 'Indicator key, e.g. cpc_pipeline',
  title: '3–200 characters',
  summary: 'Your own words, 3–4000 characters',
  severity: '1 Minor, 2 Notable, 3 Significant, 4 Major, 5 Extreme',
  source_name: 'Who reported it',
  source_url: 'Address of the report, starting with http:// or https://',
  confidence: 'high, medium or low',
  id: 'An existing event’s id to update it; empty to add a new event',
  end_date: 'Last day of an ongoing disruption, YYYY-MM-DD',
  date_precision: 'day (default), month or year',
  stage: 'Legislative stage key, for stage-scored indicators only',
  status: 'published (default), draft or rejected',
  lifecycle: 'ongoing (held at full impact until an end date), ended, or unknown (default: held for a bounded time, then flagged)',
  parent_id: 'Id of the event this one follows up (same indicator): it joins that family and adds no impact of its own',
};

/**
 * A small file in the expected format. The rows are placeholders (example.org sources, status
 * draft), so importing it unchanged puts nothing into the index.
 */
export const EXAMPLE_EVENTS_CSV =
  [
    'date,end_date,date_precision,indicator,title,summary,severity,stage,source_name,source_url,confidence,status',
    '2025-03-31,,day,cpc_pipeline,Example: regulator halts two CPC moorings,"Replace with your own summary. Put text that contains commas, like this, in double quotes.",4,,Example source,https://example.org/cpc-moorings,high,draft',
    '2022-01-06,2022-01-19,day,csto_military,Example: foreign troops deployed for two weeks,An ongoing event: end_date is its last day.,5,,Example source,https://example.org/deployment,medium,draft',
    '2025-02-01,,month,foreign_agent,Example: a foreign-agent bill is proposed,"Known only to the month, so the date is the 1st and date_precision is month.",2,proposed,Example source,https://example.org/bill,low,draft',
  ].join('\r\n') + '\r\n';
