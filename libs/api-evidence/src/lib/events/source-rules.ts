import { applyDecorators } from '@nestjs/common';
import { IsString, IsUrl, Length, MaxLength } from 'class-validator';

// Rules run in the order they are listed, as they did stacked on the property (bottom first), so errors[] keeps its order.

/** The name of the source a piece of evidence (an event, an observation) comes from: 2–200 characters. */
export const IsSourceName = () => applyDecorators(Length(2, 200), IsString());

/** The link to that source: an http(s) URL of at most 2048 characters. */
export const IsSourceUrl = () =>
  applyDecorators(
    MaxLength(2048),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true }, { message: 'sourceUrl must be an http(s) URL' }),
  );
