import { ActionEndpoint } from '@kem/api-auth';
import { ApiCsvUpload, ContractViews, ViewDecorator, ViewName } from '@kem/api-http';
import { applyDecorators, createParamDecorator, ExecutionContext, UnsupportedMediaTypeException, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';

/** POST `path` taking a CSV (a text/csv body or the multipart field "file") and answering 200 with the import's report. */
export function CsvImportEndpoint<K extends ViewName>(path: string, report: K, summary: string): ViewDecorator<ContractViews[K]> {
  const endpoint = ActionEndpoint(path, report, { summary, answer: 'The report: every row, or the problems by line' });
  const upload = applyDecorators(UseInterceptors(FileInterceptor('file')), ApiCsvUpload());
  return (target, key, descriptor) => {
    endpoint(target, key, descriptor);
    upload(target, key, descriptor);
  };
}

/** The uploaded CSV's text (the multipart file, else the text/csv body); any other body is a 415. */
export const CsvText = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<Request>();
  if (request.file) return request.file.buffer.toString('utf8');
  if (typeof request.body === 'string') return request.body;
  throw new UnsupportedMediaTypeException('Send the CSV as a text/csv body or as the multipart field "file"');
});
