import { IndicatorEntity } from '@kem/api-data';
import { IndicatorView } from '@kem/contracts';
import type { IndicatorDefinition } from '@kem/scoring';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

export function toIndicatorView(entity: IndicatorEntity): IndicatorView {
  return {
    key: entity.key,
    name: entity.name,
    category: entity.category,
    description: entity.description,
    method: entity.method,
    defaultWeight: entity.defaultWeight,
  };
}

@Injectable()
export class IndicatorsService {
  constructor(@InjectRepository(IndicatorEntity) private readonly indicators: Repository<IndicatorEntity>) {}

  async list(): Promise<IndicatorView[]> {
    return (await this.indicators.find({ order: { position: 'ASC', key: 'ASC' } })).map(toIndicatorView);
  }

  /**
   * Stores the definitions whose key is not in the database yet and returns how many were added.
   * Existing rows are never touched, so an admin's edits survive every restart.
   */
  async addMissing(definitions: readonly IndicatorDefinition[]): Promise<number> {
    const existing = new Set((await this.indicators.find({ select: { key: true } })).map((i) => i.key));
    const missing = definitions
      .map((definition, position) => ({ ...definition, position }))
      .filter((definition) => !existing.has(definition.key));
    if (missing.length === 0) return 0;
    await this.indicators
      .createQueryBuilder()
      .insert()
      .values(
        missing.map((d) => ({
          key: d.key,
          name: d.name,
          category: d.category,
          description: d.description,
          method: d.method,
          defaultWeight: d.defaultWeight,
          position: d.position,
        })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
    return missing.length;
  }
}
