import { IndicatorView } from '@kem/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kem/api-auth';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The indicators that make up the exposure index, with their scoring methods' })
  list(): Promise<IndicatorView[]> {
    return this.indicators.list();
  }
}
