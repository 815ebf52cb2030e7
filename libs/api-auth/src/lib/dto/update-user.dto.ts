import { Role, ROLES } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Nullable, Optional, OptionalOneOf } from '@kem/api-http';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateUserDto {
  @OptionalOneOf(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account and ends its sessions' })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Name shown instead of the e-mail address (e.g. as author of evidence); null clears it',
  })
  @Nullable()
  @IsString()
  @MaxLength(120)
  displayName?: string | null;

  @ApiPropertyOptional({ format: 'password', minLength: 12, description: 'Sets a new password and ends the account’s sessions' })
  @Optional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;
}
