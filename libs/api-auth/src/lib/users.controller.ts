import { UserView } from '@kem/contracts';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toUserView } from './authenticated-user';
import { RequireRole } from './decorators/require-role.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'All user accounts (admin)' })
  async list(): Promise<UserView[]> {
    return (await this.users.list()).map(toUserView);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user account (admin)' })
  async create(@Body() body: CreateUserDto): Promise<UserView> {
    return toUserView(await this.users.create(body));
  }
}
