import { AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { ApiView, ApiViewList, PageQueryDto, ParseIdPipe, ROUTES } from '@kem/api-http';
import type { Page, ScenarioComparisonView, ScenarioPresetView, ScenarioProjectionView, ScenarioView } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompareQueryDto, CreateScenarioDto, ProjectScenarioDto, UpdateScenarioDto } from './scenario.dto';
import { ScenariosService } from './scenarios.service';

/**
 * What-if scenarios. Projections read the evidence and write nothing: no event, no index point, no
 * build — the published index is unchanged by any call here.
 */
@ApiTags('exposure')
@Controller()
export class ScenariosController {
  constructor(private readonly scenarios: ScenariosService) {}

  @ApiViewList('ScenarioPresetView')
  @Get(ROUTES.scenarioPresets)
  @ApiOperation({ summary: 'Preset scenarios drawn from the seed articles, starting today, each with its rationale' })
  presets(): ScenarioPresetView[] {
    return this.scenarios.presets();
  }

  @ApiView('ScenarioProjectionView')
  @Post(ROUTES.scenarioProject)
  @HttpCode(200)
  @ApiOperation({ summary: 'Projects an unsaved scenario ≥ 12 months past today beside the baseline path (writes nothing)' })
  project(@CurrentUser() user: AuthenticatedUser, @Body() body: ProjectScenarioDto): Promise<ScenarioProjectionView> {
    return this.scenarios.project(user, body);
  }

  @ApiView('ScenarioComparisonView')
  @Get(ROUTES.scenarioCompare)
  @ApiOperation({ summary: 'Projections of two to four saved scenarios side by side' })
  compare(@CurrentUser() user: AuthenticatedUser, @Query() q: CompareQueryDto): Promise<ScenarioComparisonView> {
    return this.scenarios.compare(user, q.ids.split(',').map(Number));
  }

  @ApiView('ScenarioViewPage')
  @Get(ROUTES.scenarios)
  @ApiOperation({ summary: 'Your scenarios and those shared with signed-in users (admins: all)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: PageQueryDto): Promise<Page<ScenarioView>> {
    return this.scenarios.list(user, q.page ?? 1, q.pageSize ?? 50);
  }

  @ApiView('ScenarioView', 'Saved')
  @Post(ROUTES.scenarios)
  @ApiOperation({ summary: 'Saves a named scenario' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateScenarioDto): Promise<ScenarioView> {
    return this.scenarios.create(user, body);
  }

  @ApiView('ScenarioView')
  @Get(ROUTES.scenario)
  @ApiOperation({ summary: 'One scenario' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<ScenarioView> {
    return this.scenarios.get(user, id);
  }

  @ApiView('ScenarioView')
  @Patch(ROUTES.scenario)
  @ApiOperation({ summary: 'Changes a scenario (yours)' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateScenarioDto,
  ): Promise<ScenarioView> {
    return this.scenarios.update(user, id, body);
  }

  @Delete(ROUTES.scenario)
  @ApiOperation({ summary: 'Deletes a scenario (yours)' })
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    await this.scenarios.remove(user, id);
  }

  @ApiView('ScenarioProjectionView')
  @Get(ROUTES.scenarioProjection)
  @ApiOperation({ summary: 'Projects a saved scenario (writes nothing)' })
  projection(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<ScenarioProjectionView> {
    return this.scenarios.projection(user, id);
  }
}
