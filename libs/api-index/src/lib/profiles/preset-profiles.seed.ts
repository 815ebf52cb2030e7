import { WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { METHOD_V2 } from '@kem/scoring';
import { DataSource } from 'typeorm';
import { WEIGHT_PRESETS } from './weight-presets';

/** Creates the preset profiles (version 1 each) on first start; existing profiles are never touched. */
@Injectable()
export class PresetProfilesSeed implements OnModuleInit {
  private readonly logger = new Logger(PresetProfilesSeed.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const existing = new Set(
      (await this.dataSource.getRepository(WeightProfileEntity).find({ select: { slug: true } })).map((p) => p.slug),
    );
    let created = 0;
    for (const preset of WEIGHT_PRESETS.filter((p) => !existing.has(p.slug))) {
      try {
        await this.dataSource.transaction(async (manager) => {
          const profile = await manager.save(
            manager.create(WeightProfileEntity, {
              slug: preset.slug,
              name: preset.name,
              description: preset.description,
              archived: false,
              activeVersionId: null,
            }),
          );
          const version = await manager.save(
            manager.create(WeightProfileVersionEntity, {
              profileId: profile.id,
              number: 1,
              weights: preset.weights,
              method: 'arithmetic',
              peakChannel: METHOD_V2.peakChannel,
              note: 'Preset shipped with the product',
              authorId: null,
            }),
          );
          await manager.update(WeightProfileEntity, { id: profile.id }, { activeVersionId: version.id });
        });
        created++;
      } catch (error) {
        // Another API instance created it at the same moment (unique slug): nothing to do.
        if (!(await this.dataSource.getRepository(WeightProfileEntity).existsBy({ slug: preset.slug }))) throw error;
      }
    }
    if (created > 0) this.logger.log(`Created ${created} preset weight profiles`);
  }
}
