import { ApiController, ListEndpoint } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import { IndicatorView } from '@kem/contracts';
import { IndicatorsService } from './indicators.service';

@ApiController('indicators', { access: 'public' })
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @ListEndpoint(ROUTES.indicators, 'IndicatorView', {
    summary: 'The indicators that make up the exposure index, with their scoring methods',
  })
  list(): Promise<IndicatorView[]> {
    return this.indicators.list();
  }
}
