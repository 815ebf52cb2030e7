import { IdParam, ROUTES } from '@kem/api-http';
import { UserView } from '@kem/contracts';
import { Body } from '@nestjs/common';
import { AuthenticatedUser, toUserView } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { ApiController, CreateEndpoint, ListEndpoint, UpdateEndpoint } from './decorators/endpoint.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiController('users', { access: 'admin' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ListEndpoint(ROUTES.users, 'UserView', { summary: 'All user accounts (admin)' })
  async list(): Promise<UserView[]> {
    return (await this.users.list()).map(toUserView);
  }

  @CreateEndpoint(ROUTES.users, 'UserView', { summary: 'Create a user account (admin)' })
  async create(@Body() body: CreateUserDto, @CurrentUser() user: AuthenticatedUser): Promise<UserView> {
    return toUserView(await this.users.create(body, user));
  }

  @UpdateEndpoint(ROUTES.user, 'UserView', {
    summary: 'Change a user’s role, name or password, or deactivate it; the last active admin stays (admin)',
  })
  async update(@IdParam() id: number, @Body() body: UpdateUserDto, @CurrentUser() user: AuthenticatedUser): Promise<UserView> {
    return toUserView(await this.users.update(id, body, user));
  }
}
