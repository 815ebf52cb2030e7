import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A row keyed by a generated integer id. */
export abstract class NumberedRow {
  @PrimaryGeneratedColumn()
  id!: number;
}

/** A numbered row that keeps when it was created. */
export abstract class CreatedRow extends NumberedRow {
  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** A numbered row that keeps when it was created and last changed. */
export abstract class TimestampedRow extends CreatedRow {
  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
