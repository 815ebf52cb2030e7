import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, ListEndpoint, ReadEndpoint, UpdateEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { ProfileBuildView, ProfileVersionView, ProfileView, VersionDiffView } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { CreateProfileDto, DiffQueryDto, ProfileListQueryDto, RevertDto, SaveVersionDto, UpdateProfileDto } from './profile-requests.dto';
import { ProfilesService } from './profiles.service';

@ApiController('profiles')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @ListEndpoint(ROUTES.profiles, 'ProfileView', {
    access: 'public',
    summary: 'Weight profiles with the weights of the version each serves (archived ones with includeArchived=true, admins)',
  })
  list(@Query() q: ProfileListQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<ProfileView[]> {
    return this.profiles.list(q.includeArchived === 'true' && user?.role === 'admin');
  }

  @CreateEndpoint(ROUTES.profiles, 'ProfileView', {
    access: 'admin',
    summary: 'Create a profile with its first version (admin)',
    answer: 'Created',
  })
  create(@Body() body: CreateProfileDto, @CurrentUser() user: AuthenticatedUser): Promise<ProfileView> {
    return this.profiles.create(body, user);
  }

  @UpdateEndpoint(ROUTES.profile, 'ProfileView', { access: 'admin', summary: 'Rename, describe, archive or restore a profile (admin)' })
  update(@IdParam() id: number, @Body() body: UpdateProfileDto, @CurrentUser() user: AuthenticatedUser): Promise<ProfileView> {
    return this.profiles.update(id, body, user);
  }

  @ListEndpoint(ROUTES.profileVersions, 'ProfileVersionView', { access: 'public', summary: 'Every version of a profile, newest first' })
  versions(@IdParam() id: number): Promise<ProfileVersionView[]> {
    return this.profiles.versions(id);
  }

  @ReadEndpoint(ROUTES.profileVersionsDiff, 'VersionDiffView', { access: 'public', summary: 'What changed between two versions' })
  diff(@IdParam() id: number, @Query() q: DiffQueryDto): Promise<VersionDiffView> {
    return this.profiles.diff(id, q.from, q.to);
  }

  @CreateEndpoint(ROUTES.profileVersions, 'ProfileVersionView', {
    access: 'admin',
    summary: 'Save new weights as a new immutable version; its index is built in the background (admin)',
    answer: 'Saved',
  })
  save(@IdParam() id: number, @Body() body: SaveVersionDto, @CurrentUser() user: AuthenticatedUser): Promise<ProfileVersionView> {
    return this.profiles.saveVersion(id, body, user);
  }

  @CreateEndpoint(ROUTES.profileVersionRevert, 'ProfileVersionView', {
    access: 'admin',
    summary: 'Make an earlier version’s weights current again, as a new version (admin)',
    answer: 'Reverted, as a new version',
  })
  revert(
    @IdParam() id: number,
    @IdParam('version') version: number,
    @Body() body: RevertDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProfileVersionView> {
    return this.profiles.revert(id, version, body.note, user);
  }

  @ReadEndpoint(ROUTES.profileBuild, 'ProfileBuildView', {
    access: 'public',
    summary: 'Progress of the newest version’s index and whether it is served',
  })
  build(@IdParam() id: number): Promise<ProfileBuildView> {
    return this.profiles.build(id);
  }
}
