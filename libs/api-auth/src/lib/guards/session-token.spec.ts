import type { Request } from 'express';
import { sessionToken } from './auth.guard';

const request = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({ headers, cookies }) as unknown as Request;

describe('sessionToken', () => {
  it('prefers a bearer token, then the session cookie', () => {
    expect(sessionToken(request({ authorization: 'Bearer abc' }, { kem_session: 'cookie' }))).toBe('abc');
    expect(sessionToken(request({}, { kem_session: 'cookie' }))).toBe('cookie');
  });

  it('finds none in other schemes, empty values or without credentials', () => {
    expect(sessionToken(request({ authorization: 'Basic dXNlcjpwYXNz' }))).toBeNull();
    expect(sessionToken(request({ authorization: 'Bearer   ' }))).toBeNull();
    expect(sessionToken(request({}))).toBeNull();
  });
});
