import { AuthenticatedUser, CurrentUser, Public, RequireRole } from '@kem/api-auth';
import { ParseIdPipe } from '@kem/api-http';
import { ObservationView, Page } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ObservationInputDto, ObservationPatchDto } from './observation-input.dto';
import { ObservationQueryDto } from './observation-query.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observations')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('observations')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Observations of metric indicators, by indicator, series and date' })
  list(@Query() query: ObservationQueryDto): Promise<Page<ObservationView>> {
    return this.observations.list(query);
  }

  @Public()
  @Get(':id')
  get(@Param('id', ParseIdPipe) id: number): Promise<ObservationView> {
    return this.observations.get(id);
  }

  @RequireRole('analyst')
  @Post()
  @ApiOperation({ summary: 'Add an observation (analyst)' })
  create(@Body() body: ObservationInputDto, @CurrentUser() user: AuthenticatedUser): Promise<ObservationView> {
    return this.observations.create(body, user);
  }

  @RequireRole('analyst')
  @Patch(':id')
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: ObservationPatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ObservationView> {
    return this.observations.update(id, body, user);
  }

  @RequireRole('analyst')
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.observations.remove(id, user);
  }
}
