import { ApiController, AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { queryFlag, ROUTES } from '@kem/api-http';
import { ObservationImportReport } from '@kem/contracts';
import { Query } from '@nestjs/common';
import { CsvImportEndpoint, CsvText } from './csv-upload';
import { ImportQueryDto } from './import-query.dto';
import { ObservationsImportService } from './observations-import.service';

@ApiController('observations', { access: 'analyst' })
export class ObservationsImportController {
  constructor(private readonly importer: ObservationsImportService) {}

  @CsvImportEndpoint(
    ROUTES.observationsImport,
    'ObservationImportReport',
    'Import observations from CSV (analyst), e.g. new vintages of the structural series: all or nothing, problems reported by line; ?dryRun=true only reports. Columns: indicator, series, date, value, unit, source_name, source_url, confidence; optional id, period, vintage, note',
  )
  import(@Query() query: ImportQueryDto, @CsvText() csv: string, @CurrentUser() user: AuthenticatedUser): Promise<ObservationImportReport> {
    return this.importer.import(csv, queryFlag(query.dryRun), user);
  }
}
