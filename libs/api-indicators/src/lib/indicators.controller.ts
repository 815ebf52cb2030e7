import { IndicatorView } from '@kem/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kem/api-auth';
import { ApiViewList, ROUTES } from '@kem/api-http';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @ApiViewList('IndicatorView')
  @Public()
  @Get(ROUTES.indicators)
  @ApiOperation({ summary: 'The indicators that make up the exposure index, with their scoring methods' })
  list(): Promise<IndicatorView[]> {
    return this.indicators.list();
  }
}
