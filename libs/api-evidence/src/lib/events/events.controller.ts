import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, DeleteEndpoint, ReadEndpoint, UpdateEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { EventView, Page, roleAtLeast } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { EventInputDto, EventPatchDto } from './event-input.dto';
import { EventQueryDto } from './event-query.dto';
import { EventsService, Reader } from './events.service';

const readerOf = (user: AuthenticatedUser | null): Reader => ({ seesUnpublished: !!user && roleAtLeast(user.role, 'analyst') });

@ApiController('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @ReadEndpoint(ROUTES.events, 'EventViewPage', {
    access: 'public',
    summary: 'Evidence events, newest first; anonymous callers and viewers see published events only',
  })
  list(@Query() query: EventQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<Page<EventView>> {
    return this.events.list(query, readerOf(user));
  }

  @ReadEndpoint(ROUTES.event, 'EventView', { access: 'public', summary: 'One event' })
  get(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser | null): Promise<EventView> {
    return this.events.get(id, readerOf(user));
  }

  @CreateEndpoint(ROUTES.events, 'EventView', { access: 'analyst', summary: 'Add an event (analyst)', answer: 'Added' })
  create(@Body() body: EventInputDto, @CurrentUser() user: AuthenticatedUser): Promise<EventView> {
    return this.events.create(body, user);
  }

  @UpdateEndpoint(ROUTES.event, 'EventView', { access: 'analyst', summary: 'Change an event, e.g. publish or reject a draft (analyst)' })
  update(@IdParam() id: number, @Body() body: EventPatchDto, @CurrentUser() user: AuthenticatedUser): Promise<EventView> {
    return this.events.update(id, body, user);
  }

  @DeleteEndpoint(ROUTES.event, { access: 'analyst', summary: 'Delete an event (analyst); the audit trail keeps it' })
  remove(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.events.remove(id, user);
  }
}
