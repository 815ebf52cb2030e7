import { AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { ParseIdPipe } from '@kem/api-http';
import type { CompanyIndexView, FootprintView, Page } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateFootprintDto, FootprintIndexQueryDto, FootprintQueryDto, UpdateFootprintDto } from './footprint.dto';
import { FootprintsService, toFootprintView } from './footprints.service';

/** Company footprints: signed-in users manage their own (admins see all); another user's footprint answers 404. */
@ApiTags('exposure')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such footprint, or not yours' })
@Controller('footprints')
export class FootprintsController {
  constructor(private readonly footprints: FootprintsService) {}

  @Get()
  @ApiOperation({ summary: 'Your footprints (admins: every footprint), newest first' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: FootprintQueryDto): Promise<Page<FootprintView>> {
    return this.footprints.list(user, q.page ?? 1, q.pageSize ?? 50);
  }

  @Post()
  @ApiOperation({ summary: 'Saves a company footprint (private to you)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateFootprintDto): Promise<FootprintView> {
    return this.footprints.create(user, body);
  }

  @Get(':id')
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<FootprintView> {
    return toFootprintView(await this.footprints.get(user, id), user);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Changes some answers of a footprint' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateFootprintDto,
  ): Promise<FootprintView> {
    return this.footprints.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    await this.footprints.remove(user, id);
  }

  @Get(':id/index')
  @ApiOperation({ summary: 'The company index today beside the country index, why they differ, and actions ranked for this footprint' })
  index(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: FootprintIndexQueryDto,
  ): Promise<CompanyIndexView> {
    return this.footprints.companyIndex(user, id, q.draws ?? 200);
  }
}
