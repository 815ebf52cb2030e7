import { newUnsubscribeKey, signUnsubscribeToken, tokenSubscriptionId, verifyUnsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const key = newUnsubscribeKey();

  it('verifies a token signed with the subscription’s key', () => {
    const token = signUnsubscribeToken(42, key);
    expect(token).toMatch(/^42\.[A-Za-z0-9_-]{43}$/);
    expect(tokenSubscriptionId(token)).toBe(42);
    expect(verifyUnsubscribeToken(token, key)).toBe(true);
  });

  it('rejects another subscription’s token, another key, tampering and garbage', () => {
    const token = signUnsubscribeToken(42, key);
    expect(verifyUnsubscribeToken(token.replace(/^42/, '43'), key)).toBe(false);
    expect(verifyUnsubscribeToken(token, newUnsubscribeKey())).toBe(false);
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, key)).toBe(false);
    for (const bad of ['', '42', '42.', 'x.y', `0.${token.split('.')[1]}`, `${token}=`])
      expect(verifyUnsubscribeToken(bad, key)).toBe(false);
  });
});
