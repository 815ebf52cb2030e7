import { ApiView, ApiViewList, ParseIdPipe, ROUTES } from '@kem/api-http';
import { UserView } from '@kem/contracts';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, toUserView } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { RequireRole } from './decorators/require-role.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@RequireRole('admin')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiViewList('UserView')
  @Get(ROUTES.users)
  @ApiOperation({ summary: 'All user accounts (admin)' })
  async list(): Promise<UserView[]> {
    return (await this.users.list()).map(toUserView);
  }

  @ApiView('UserView')
  @Post(ROUTES.users)
  @ApiOperation({ summary: 'Create a user account (admin)' })
  async create(@Body() body: CreateUserDto, @CurrentUser() user: AuthenticatedUser): Promise<UserView> {
    return toUserView(await this.users.create(body, user));
  }

  @ApiView('UserView')
  @Patch(ROUTES.user)
  @ApiOperation({ summary: 'Change a user’s role, name or password, or deactivate it; the last active admin stays (admin)' })
  async update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateUserDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserView> {
    return toUserView(await this.users.update(id, body, user));
  }
}
