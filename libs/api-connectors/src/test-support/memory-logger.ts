import type { ConnectorLogger } from '../lib/model/connector';

/** A logger that keeps what it was told. */
export class MemoryLogger implements ConnectorLogger {
  readonly lines: string[] = [];
  log(message: string): void {
    this.lines.push(`log: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
}
