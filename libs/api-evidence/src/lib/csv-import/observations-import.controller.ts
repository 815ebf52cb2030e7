import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiCsvUpload, ApiView, ROUTES } from '@kem/api-http';
import { ObservationImportReport } from '@kem/contracts';
import { Body, Controller, HttpCode, Post, Query, UnsupportedMediaTypeException, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportQueryDto } from './import-query.dto';
import { ObservationsImportService } from './observations-import.service';

@ApiTags('observations')
@RequireRole('analyst')
@Controller()
export class ObservationsImportController {
  constructor(private readonly importer: ObservationsImportService) {}

  @ApiView('ObservationImportReport', 'The report: every row, or the problems by line')
  @Post(ROUTES.observationsImport)
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiCsvUpload()
  @ApiOperation({
    summary:
      'Import observations from CSV (analyst), e.g. new vintages of the structural series: all or nothing, problems reported by line; ?dryRun=true only reports. Columns: indicator, series, date, value, unit, source_name, source_url, confidence; optional id, period, vintage, note',
  })
  import(
    @Query() query: ImportQueryDto,
    @Body() body: unknown,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ObservationImportReport> {
    const text = file ? file.buffer.toString('utf8') : typeof body === 'string' ? body : null;
    if (text === null) {
      throw new UnsupportedMediaTypeException('Send the CSV as a text/csv body or as the multipart field "file"');
    }
    return this.importer.import(text, query.dryRun === 'true' || query.dryRun === '1', user);
  }
}
