import { AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { IndexOverviews, OverviewQueryDto, RangeQueryDto, sendSerialised } from '@kem/api-index';
import { ApiView, ApiViewSent, ParseIdPipe, ROUTES } from '@kem/api-http';
import type { CompanyIndexView, FootprintView, IndexExplanationView, Page } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateFootprintDto, FootprintIndexQueryDto, FootprintQueryDto, UpdateFootprintDto } from './footprint.dto';
import { asInputError } from '../shared/exposure-evidence.service';
import { FootprintsService, overviewFootprint, toFootprintView } from './footprints.service';

/** Company footprints: signed-in users manage their own (admins see all); another user's footprint answers 404. */
@ApiTags('exposure')
@Controller()
export class FootprintsController {
  constructor(
    private readonly footprints: FootprintsService,
    private readonly overviews: IndexOverviews,
  ) {}

  @ApiView('FootprintViewPage')
  @Get(ROUTES.footprints)
  @ApiOperation({ summary: 'Your footprints (admins: every footprint), newest first' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: FootprintQueryDto): Promise<Page<FootprintView>> {
    return this.footprints.list(user, q.page ?? 1, q.pageSize ?? 50);
  }

  @ApiView('FootprintView', 'Saved')
  @Post(ROUTES.footprints)
  @ApiOperation({ summary: 'Saves a company footprint (private to you)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateFootprintDto): Promise<FootprintView> {
    return this.footprints.create(user, body);
  }

  @ApiView('FootprintView')
  @Get(ROUTES.footprint)
  @ApiOperation({ summary: 'One footprint' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<FootprintView> {
    return toFootprintView(await this.footprints.get(user, id), user);
  }

  @ApiView('FootprintView')
  @Patch(ROUTES.footprint)
  @ApiOperation({ summary: 'Changes some answers of a footprint' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateFootprintDto,
  ): Promise<FootprintView> {
    return this.footprints.update(user, id, body);
  }

  @Delete(ROUTES.footprint)
  @ApiOperation({ summary: 'Deletes a footprint' })
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    await this.footprints.remove(user, id);
  }

  @ApiView('CompanyIndexView')
  @Get(ROUTES.footprintIndex)
  @ApiOperation({ summary: 'The company index today beside the country index, why they differ, and actions ranked for this footprint' })
  index(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: FootprintIndexQueryDto,
  ): Promise<CompanyIndexView> {
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
    @Param('id', ParseIdPipe) id: number,
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

  @ApiView('IndexExplanationView')
  @Get(ROUTES.footprintExplain)
  @ApiOperation({
    summary: 'What changed in the company index between two days: new evidence, fading, baselines and staleness, per channel',
  })
  async explain(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: RangeQueryDto,
  ): Promise<IndexExplanationView> {
    return this.overviews.companyExplanation(q, overviewFootprint(await this.footprints.get(user, id)));
  }
}
