import {
  ActionEndpoint,
  ApiController,
  AuthenticatedUser,
  CreateEndpoint,
  CurrentUser,
  DeleteEndpoint,
  ListEndpoint,
  ReadEndpoint,
  UpdateEndpoint,
} from '@kem/api-auth';
import { IdParam, PageQueryDto, ROUTES } from '@kem/api-http';
import type { Page, ScenarioComparisonView, ScenarioPresetView, ScenarioProjectionView, ScenarioView } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { CompareQueryDto, CreateScenarioDto, ProjectScenarioDto, UpdateScenarioDto } from './scenario.dto';
import { ScenariosService } from './scenarios.service';

/**
 * What-if scenarios. Projections read the evidence and write nothing: no event, no index point, no
 * build — the published index is unchanged by any call here.
 */
@ApiController('exposure')
export class ScenariosController {
  constructor(private readonly scenarios: ScenariosService) {}

  @ListEndpoint(ROUTES.scenarioPresets, 'ScenarioPresetView', {
    summary: 'Preset scenarios drawn from the seed articles, starting today, each with its rationale',
  })
  presets(): ScenarioPresetView[] {
    return this.scenarios.presets();
  }

  @ActionEndpoint(ROUTES.scenarioProject, 'ScenarioProjectionView', {
    summary: 'Projects an unsaved scenario ≥ 12 months past today beside the baseline path (writes nothing)',
  })
  project(@CurrentUser() user: AuthenticatedUser, @Body() body: ProjectScenarioDto): Promise<ScenarioProjectionView> {
    return this.scenarios.project(user, body);
  }

  @ReadEndpoint(ROUTES.scenarioCompare, 'ScenarioComparisonView', { summary: 'Projections of two to four saved scenarios side by side' })
  compare(@CurrentUser() user: AuthenticatedUser, @Query() q: CompareQueryDto): Promise<ScenarioComparisonView> {
    return this.scenarios.compare(user, q.ids.split(',').map(Number));
  }

  @ReadEndpoint(ROUTES.scenarios, 'ScenarioViewPage', { summary: 'Your scenarios and those shared with signed-in users (admins: all)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: PageQueryDto): Promise<Page<ScenarioView>> {
    return this.scenarios.list(user, q);
  }

  @CreateEndpoint(ROUTES.scenarios, 'ScenarioView', { summary: 'Saves a named scenario', answer: 'Saved' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateScenarioDto): Promise<ScenarioView> {
    return this.scenarios.create(user, body);
  }

  @ReadEndpoint(ROUTES.scenario, 'ScenarioView', { summary: 'One scenario' })
  get(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number): Promise<ScenarioView> {
    return this.scenarios.get(user, id);
  }

  @UpdateEndpoint(ROUTES.scenario, 'ScenarioView', { summary: 'Changes a scenario (yours)' })
  update(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number, @Body() body: UpdateScenarioDto): Promise<ScenarioView> {
    return this.scenarios.update(user, id, body);
  }

  @DeleteEndpoint(ROUTES.scenario, { summary: 'Deletes a scenario (yours)' })
  async remove(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number): Promise<void> {
    await this.scenarios.remove(user, id);
  }

  @ReadEndpoint(ROUTES.scenarioProjection, 'ScenarioProjectionView', { summary: 'Projects a saved scenario (writes nothing)' })
  projection(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number): Promise<ScenarioProjectionView> {
    return this.scenarios.projection(user, id);
  }
}
