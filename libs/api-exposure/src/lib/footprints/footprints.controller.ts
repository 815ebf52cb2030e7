import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, DeleteEndpoint, ReadEndpoint, UpdateEndpoint } from '@kem/api-auth';
import { IndexOverviews, OverviewQueryDto, RangeQueryDto, sendSerialised } from '@kem/api-index';
import { ApiViewSent, IdParam, ROUTES } from '@kem/api-http';
import type { CompanyIndexView, FootprintView, IndexExplanationView, Page } from '@kem/contracts';
import { Body, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation } from '@nestjs/swagger';
import { CreateFootprintDto, FootprintIndexQueryDto, FootprintQueryDto, UpdateFootprintDto } from './footprint.dto';
import { asInputError } from '../shared/exposure-evidence.service';
import { FootprintsService, overviewFootprint, toFootprintView } from './footprints.service';

/** Company footprints: signed-in users manage their own (admins see all); another user's footprint answers 404. */
@ApiController('exposure')
export class FootprintsController {
  constructor(
    private readonly footprints: FootprintsService,
    private readonly overviews: IndexOverviews,
  ) {}

  @ReadEndpoint(ROUTES.footprints, 'FootprintViewPage', { summary: 'Your footprints (admins: every footprint), newest first' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: FootprintQueryDto): Promise<Page<FootprintView>> {
    return this.footprints.list(user, q);
  }

  @CreateEndpoint(ROUTES.footprints, 'FootprintView', { summary: 'Saves a company footprint (private to you)', answer: 'Saved' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateFootprintDto): Promise<FootprintView> {
    return this.footprints.create(user, body);
  }

  @ReadEndpoint(ROUTES.footprint, 'FootprintView', { summary: 'One footprint' })
  async get(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number): Promise<FootprintView> {
    return toFootprintView(await this.footprints.get(user, id), user);
  }

  @UpdateEndpoint(ROUTES.footprint, 'FootprintView', { summary: 'Changes some answers of a footprint' })
  update(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number, @Body() body: UpdateFootprintDto): Promise<FootprintView> {
    return this.footprints.update(user, id, body);
  }

  @DeleteEndpoint(ROUTES.footprint, { summary: 'Deletes a footprint' })
  async remove(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number): Promise<void> {
    await this.footprints.remove(user, id);
  }

  @ReadEndpoint(ROUTES.footprintIndex, 'CompanyIndexView', {
    summary: 'The company index today beside the country index, why they differ, and actions ranked for this footprint',
  })
  index(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number, @Query() q: FootprintIndexQueryDto): Promise<CompanyIndexView> {
    return this.footprints.companyIndex(user, id, q.draws ?? 200);
  }

  @ApiViewSent('IndexOverviewView', 'The company index as the overview shows it first (sent pre-serialised)')
  @Get(ROUTES.footprintOverview)
  @ApiOperation({
    summary:
      'The overview’s company view: the company index today (headline, band, freshness, 5–95 % band, actions ranked for this footprint) and over the range as columns, beside the country index with the reason they differ',
  })
  async overview(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam() id: number,
    @Query() q: OverviewQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const footprint = await this.footprints.get(user, id);
    try {
      sendSerialised(res, await this.overviews.company(q, overviewFootprint(footprint)));
    } catch (error) {
      throw asInputError(error);
    }
  }

  @ReadEndpoint(ROUTES.footprintExplain, 'IndexExplanationView', {
    summary: 'What changed in the company index between two days: new evidence, fading, baselines and staleness, per channel',
  })
  async explain(@CurrentUser() user: AuthenticatedUser, @IdParam() id: number, @Query() q: RangeQueryDto): Promise<IndexExplanationView> {
    return this.overviews.companyExplanation(q, overviewFootprint(await this.footprints.get(user, id)));
  }
}
