import { ApiController, AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { queryFlag, ROUTES } from '@kem/api-http';
import { ImportReport } from '@kem/contracts';
import { Query } from '@nestjs/common';
import { EventsImportService } from './events-import.service';
import { CsvImportEndpoint, CsvText } from './csv-upload';
import { ImportQueryDto } from './import-query.dto';

@ApiController('events', { access: 'analyst' })
export class EventsImportController {
  constructor(private readonly importer: EventsImportService) {}

  @CsvImportEndpoint(
    ROUTES.eventsImport,
    'ImportReport',
    'Import events from CSV (analyst): all or nothing, problems reported by line; ?dryRun=true only reports',
  )
  import(@Query() query: ImportQueryDto, @CsvText() csv: string, @CurrentUser() user: AuthenticatedUser): Promise<ImportReport> {
    return this.importer.import(csv, queryFlag(query.dryRun), user);
  }
}
