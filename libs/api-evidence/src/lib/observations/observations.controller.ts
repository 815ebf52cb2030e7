import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, DeleteEndpoint, ReadEndpoint, UpdateEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { ObservationView, Page } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { ObservationInputDto, ObservationPatchDto } from './observation-input.dto';
import { ObservationQueryDto } from './observation-query.dto';
import { ObservationsService } from './observations.service';

@ApiController('observations')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @ReadEndpoint(ROUTES.observations, 'ObservationViewPage', {
    access: 'public',
    summary: 'Observations of metric indicators, by indicator, series and date',
  })
  list(@Query() query: ObservationQueryDto): Promise<Page<ObservationView>> {
    return this.observations.list(query);
  }

  @ReadEndpoint(ROUTES.observation, 'ObservationView', { access: 'public', summary: 'One observation' })
  get(@IdParam() id: number): Promise<ObservationView> {
    return this.observations.get(id);
  }

  @CreateEndpoint(ROUTES.observations, 'ObservationView', { access: 'analyst', summary: 'Add an observation (analyst)', answer: 'Added' })
  create(@Body() body: ObservationInputDto, @CurrentUser() user: AuthenticatedUser): Promise<ObservationView> {
    return this.observations.create(body, user);
  }

  @UpdateEndpoint(ROUTES.observation, 'ObservationView', { access: 'analyst', summary: 'Correct an observation (analyst)' })
  update(@IdParam() id: number, @Body() body: ObservationPatchDto, @CurrentUser() user: AuthenticatedUser): Promise<ObservationView> {
    return this.observations.update(id, body, user);
  }

  @DeleteEndpoint(ROUTES.observation, { access: 'analyst', summary: 'Delete an observation (analyst); the audit trail keeps it' })
  remove(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.observations.remove(id, user);
  }
}
