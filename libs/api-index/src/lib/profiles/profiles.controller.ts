import { AuthenticatedUser, CurrentUser, Public, RequireRole } from '@kem/api-auth';
import { ApiView, ApiViewList, ParseIdPipe, ROUTES } from '@kem/api-http';
import { ProfileBuildView, ProfileVersionView, ProfileView, VersionDiffView } from '@kem/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateProfileDto, DiffQueryDto, ProfileListQueryDto, RevertDto, SaveVersionDto, UpdateProfileDto } from './profile-requests.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('profiles')
@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @ApiViewList('ProfileView')
  @Public()
  @Get(ROUTES.profiles)
  @ApiOperation({
    summary: 'Weight profiles with the weights of the version each serves (archived ones with includeArchived=true, admins)',
  })
  list(@Query() q: ProfileListQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<ProfileView[]> {
    return this.profiles.list(q.includeArchived === 'true' && user?.role === 'admin');
  }

  @ApiView('ProfileView', 'Created')
  @RequireRole('admin')
  @Post(ROUTES.profiles)
  @ApiOperation({ summary: 'Create a profile with its first version (admin)' })
  create(@Body() body: CreateProfileDto, @CurrentUser() user: AuthenticatedUser): Promise<ProfileView> {
    return this.profiles.create(body, user);
  }

  @ApiView('ProfileView')
  @RequireRole('admin')
  @Patch(ROUTES.profile)
  @ApiOperation({ summary: 'Rename, describe, archive or restore a profile (admin)' })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateProfileDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProfileView> {
    return this.profiles.update(id, body, user);
  }

  @ApiViewList('ProfileVersionView')
  @Public()
  @Get(ROUTES.profileVersions)
  @ApiOperation({ summary: 'Every version of a profile, newest first' })
  versions(@Param('id', ParseIdPipe) id: number): Promise<ProfileVersionView[]> {
    return this.profiles.versions(id);
  }

  @ApiView('VersionDiffView')
  @Public()
  @Get(ROUTES.profileVersionsDiff)
  @ApiOperation({ summary: 'What changed between two versions' })
  diff(@Param('id', ParseIdPipe) id: number, @Query() q: DiffQueryDto): Promise<VersionDiffView> {
    return this.profiles.diff(id, q.from, q.to);
  }

  @ApiView('ProfileVersionView', 'Saved')
  @RequireRole('admin')
  @Post(ROUTES.profileVersions)
  @ApiOperation({ summary: 'Save new weights as a new immutable version; its index is built in the background (admin)' })
  save(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: SaveVersionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProfileVersionView> {
    return this.profiles.saveVersion(id, body, user);
  }

  @ApiView('ProfileVersionView', 'Reverted, as a new version')
  @RequireRole('admin')
  @Post(ROUTES.profileVersionRevert)
  @ApiOperation({ summary: 'Make an earlier version’s weights current again, as a new version (admin)' })
  revert(
    @Param('id', ParseIdPipe) id: number,
    @Param('version', ParseIdPipe) version: number,
    @Body() body: RevertDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProfileVersionView> {
    return this.profiles.revert(id, version, body.note, user);
  }

  @ApiView('ProfileBuildView')
  @Public()
  @Get(ROUTES.profileBuild)
  @ApiOperation({ summary: 'Progress of the newest version’s index and whether it is served' })
  build(@Param('id', ParseIdPipe) id: number): Promise<ProfileBuildView> {
    return this.profiles.build(id);
  }
}
