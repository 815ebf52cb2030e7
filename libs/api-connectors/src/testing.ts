// Recorded responses and the local server that replays them, for tests outside this library (API specs).
export {
  fixture,
  FIXTURES_DIR,
  FixtureServer,
  type FixtureHandler,
  type FixtureReply,
  type ReceivedRequest,
} from './test-support/fixture-server';
