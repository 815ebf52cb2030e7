import { Public } from '@kem/api-auth';
import { DatabaseHealth } from '@kem/api-data';
import { HealthView } from '@kem/contracts';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and database readiness; 503 while the database cannot be reached' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const ready = await this.database.isReady();
    res.status(ready ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return {
      status: ready ? 'ok' : 'degraded',
      database: { engine: this.database.engine, ready },
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
