import { IndicatorEntity } from './indicator.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export { IndicatorEntity, SessionEntity, UserEntity };

export const ENTITIES = [UserEntity, SessionEntity, IndicatorEntity];
