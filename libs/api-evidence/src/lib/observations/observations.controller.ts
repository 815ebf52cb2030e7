import { AuthenticatedUser, CurrentUser, Public, RequireRole } from '@kem/api-auth';
import { ApiView, ParseIdPipe, ROUTES } from '@kem/api-http';
import { ObservationView, Page } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ObservationInputDto, ObservationPatchDto } from './observation-input.dto';
import { ObservationQueryDto } from './observation-query.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observations')
@Controller()
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @ApiView('ObservationViewPage')
  @Public()
  @Get(ROUTES.observations)
  @ApiOperation({ summary: 'Observations of metric indicators, by indicator, series and date' })
  list(@Query() query: ObservationQueryDto): Promise<Page<ObservationView>> {
    return this.observations.list(query);
  }

  @ApiView('ObservationView')
  @Public()
  @Get(ROUTES.observation)
  @ApiOperation({ summary: 'One observation' })
  get(@Param('id', ParseIdPipe) id: number): Promise<ObservationView> {
    return this.observations.get(id);
  }

  @ApiView('ObservationView', 'Added')
  @RequireRole('analyst')
  @Post(ROUTES.observations)
  @ApiOperation({ summary: 'Add an observation (analyst)' })
  create(@Body() body: ObservationInputDto, @CurrentUser() user: AuthenticatedUser): Promise<ObservationView> {
    return this.observations.create(body, user);
  }

  @ApiView('ObservationView')
  @RequireRole('analyst')
  @Patch(ROUTES.observation)
  @ApiOperation({ summary: 'Correct an observation (analyst)' })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: ObservationPatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ObservationView> {
    return this.observations.update(id, body, user);
  }

  @RequireRole('analyst')
  @Delete(ROUTES.observation)
  @ApiOperation({ summary: 'Delete an observation (analyst); the audit trail keeps it' })
  @HttpCode(204)
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.observations.remove(id, user);
  }
}
