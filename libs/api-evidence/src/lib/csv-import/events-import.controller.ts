import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiCsvUpload, ApiView, ROUTES } from '@kem/api-http';
import { ImportReport } from '@kem/contracts';
import { Body, Controller, HttpCode, Post, Query, UnsupportedMediaTypeException, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventsImportService } from './events-import.service';
import { ImportQueryDto } from './import-query.dto';

@ApiTags('events')
@RequireRole('analyst')
@Controller()
export class EventsImportController {
  constructor(private readonly importer: EventsImportService) {}

  @ApiView('ImportReport', 'The report: every row, or the problems by line')
  @Post(ROUTES.eventsImport)
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiCsvUpload()
  @ApiOperation({
    summary: 'Import events from CSV (analyst): all or nothing, problems reported by line; ?dryRun=true only reports',
  })
  import(
    @Query() query: ImportQueryDto,
    @Body() body: unknown,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportReport> {
    const text = file ? file.buffer.toString('utf8') : typeof body === 'string' ? body : null;
    if (text === null) {
      throw new UnsupportedMediaTypeException('Send the CSV as a text/csv body or as the multipart field "file"');
    }
    return this.importer.import(text, query.dryRun === 'true' || query.dryRun === '1', user);
  }
}
