import { Public } from '@kem/api-auth';
import { WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { ProfileView } from '@kem/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { toProfileView } from './profile-view';

@ApiTags('profiles')
@Controller('profiles')
export class ProfilesController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Weight profiles in use, with the weights of the version each serves' })
  async list(): Promise<ProfileView[]> {
    const profiles = await this.dataSource.getRepository(WeightProfileEntity).find({ where: { archived: false }, order: { id: 'ASC' } });
    const ids = profiles.map((p) => p.activeVersionId).filter((id): id is number => id !== null);
    const versions = await this.dataSource.getRepository(WeightProfileVersionEntity).find({ where: { id: In(ids) }, relations: { author: true } });
    return profiles.map((p) => toProfileView(p, versions.find((v) => v.id === p.activeVersionId) ?? null));
  }
}
