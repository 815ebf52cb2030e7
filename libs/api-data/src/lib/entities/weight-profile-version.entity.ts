import { Column, CreateDateColumn, Entity, Unique } from 'typeorm';
import { DoubleColumn, JsonColumn, Reference } from './base/columns';
import { WeightProfileEntity } from './weight-profile.entity';
import { AuthoredRow } from './base/evidence-rows';

/** An immutable version of a profile's weights: who set them, when and why. */
@Entity('weight_profile_version')
@Unique(['profileId', 'number'])
export class WeightProfileVersionEntity extends AuthoredRow {
  @Column({ name: 'profile_id', type: 'integer' })
  profileId!: number;

  @Reference(() => WeightProfileEntity, 'profile_id', 'CASCADE')
  profile?: WeightProfileEntity;

  /** 1, 2, 3 … within the profile. */
  @Column({ type: 'integer' })
  number!: number;

  /** Weight per indicator key. */
  @JsonColumn()
  weights!: Record<string, number>;

  /** 'arithmetic' (default) or 'geometric'. */
  @Column({ type: 'varchar', length: 12 })
  method!: 'arithmetic' | 'geometric';

  /** λ of the peak-channel term I = M + λ(max − M), 0–1 (scoring method version 2). */
  @DoubleColumn({ name: 'peak_channel' })
  peakChannel!: number;

  @Column({ type: 'text' })
  note!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
