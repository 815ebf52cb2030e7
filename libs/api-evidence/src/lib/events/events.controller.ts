import { AuthenticatedUser, CurrentUser, Public, RequireRole } from '@kem/api-auth';
import { ApiView, ParseIdPipe, ROUTES } from '@kem/api-http';
import { EventView, Page, roleAtLeast } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventInputDto, EventPatchDto } from './event-input.dto';
import { EventQueryDto } from './event-query.dto';
import { EventsService, Reader } from './events.service';

const readerOf = (user: AuthenticatedUser | null): Reader => ({ seesUnpublished: !!user && roleAtLeast(user.role, 'analyst') });

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @ApiView('EventViewPage')
  @Public()
  @Get(ROUTES.events)
  @ApiOperation({ summary: 'Evidence events, newest first; anonymous callers and viewers see published events only' })
  list(@Query() query: EventQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<Page<EventView>> {
    return this.events.list(query, readerOf(user));
  }

  @ApiView('EventView')
  @Public()
  @Get(ROUTES.event)
  @ApiOperation({ summary: 'One event' })
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser | null): Promise<EventView> {
    return this.events.get(id, readerOf(user));
  }

  @ApiView('EventView', 'Added')
  @RequireRole('analyst')
  @Post(ROUTES.events)
  @ApiOperation({ summary: 'Add an event (analyst)' })
  create(@Body() body: EventInputDto, @CurrentUser() user: AuthenticatedUser): Promise<EventView> {
    return this.events.create(body, user);
  }

  @ApiView('EventView')
  @RequireRole('analyst')
  @Patch(ROUTES.event)
  @ApiOperation({ summary: 'Change an event, e.g. publish or reject a draft (analyst)' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: EventPatchDto, @CurrentUser() user: AuthenticatedUser): Promise<EventView> {
    return this.events.update(id, body, user);
  }

  @RequireRole('analyst')
  @Delete(ROUTES.event)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an event (analyst); the audit trail keeps it' })
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.events.remove(id, user);
  }
}
