import { expect } from 'chai';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('has defaults that serve SQLite on port 5000', () => {
    const config = loadConfig({});
    expect(config).to.include({ port: 5000, databaseUrl: 'sqlite:microblog.sqlite', accessTokenTtlSeconds: 3600, refreshTokenTtlSeconds: 14 * 24 * 3600, bcryptRounds: 12 });
  });

  it('reads the access token lifetime as ACCESS_TOKEN_TTL or its old name TOKEN_TTL_SECONDS, down to a second', () => {
    expect(loadConfig({ ACCESS_TOKEN_TTL: '1' }).accessTokenTtlSeconds).to.equal(1);
    expect(loadConfig({ TOKEN_TTL_SECONDS: '900' }).accessTokenTtlSeconds).to.equal(900);
    expect(loadConfig({ ACCESS_TOKEN_TTL: '900', TOKEN_TTL_SECONDS: '900' }).accessTokenTtlSeconds).to.equal(900);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL: '900', TOKEN_TTL_SECONDS: '600' })).to.throw(ConfigError, /ACCESS_TOKEN_TTL .* TOKEN_TTL_SECONDS/);
    expect(loadConfig({ REFRESH_TOKEN_TTL: '5', ACCESS_TOKEN_TTL: '2' }).refreshTokenTtlSeconds).to.equal(5);
  });

  it('leaves one core free of bcrypt by default, and at least one for it', () => {
    expect(loadConfig({}).bcryptConcurrency).to.equal(Math.max(1, availableParallelism() - 1));
    expect(loadConfig({ BCRYPT_CONCURRENCY: '3' }).bcryptConcurrency).to.equal(3);
  });

  it('migrates the embedded database at start, and leaves PostgreSQL to its operator', () => {
    expect(loadConfig({}).migrateOnStart).to.equal(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/microblog' }).migrateOnStart).to.equal(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/microblog', MIGRATE_ON_START: 'true' }).migrateOnStart).to.equal(true);
  });

  it('reads rate limits as <requests>/<seconds>, with defaults against guessing and floods', () => {
    expect(loadConfig({}).rateLimits).to.deep.equal({
      loginsPerAddress: { points: 30, seconds: 900 },
      failedLoginsPerUsername: { points: 10, seconds: 900 },
      registrationsPerAddress: { points: 20, seconds: 3600 },
      callsPerToken: { points: 600, seconds: 60 },
    });
    expect(loadConfig({ RATE_LIMIT_CALLS_PER_TOKEN: '100000/1' }).rateLimits.callsPerToken).to.deep.equal({ points: 100000, seconds: 1 });
  });

  it('gives a client 16 KiB of headers, 10 s to send them and 30 s for the whole request by default', () => {
    expect(loadConfig({})).to.include({ maxHeaderBytes: 16_384, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 });
  });

  it('reads CORS_ORIGINS as a list of origins, empty by default', () => {
    expect(loadConfig({}).corsOrigins).to.deep.equal([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins).to.deep.equal([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
  });

  for (const [name, value] of [
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['TOKEN_TTL_SECONDS', '1.5'],
    ['ACCESS_TOKEN_TTL', '0'],
    ['ACCESS_TOKEN_TTL', 'an hour'],
    ['REFRESH_TOKEN_TTL', '-1'],
    ['REFRESH_TOKEN_TTL', '60'],
    ['BCRYPT_ROUNDS', '3'],
    ['BCRYPT_CONCURRENCY', '0'],
    ['MIGRATE_ON_START', 'yes'],
    ['WEB_CONCURRENCY', '0'],
    ['MAX_BODY_BYTES', '-1'],
    ['MAX_HEADER_BYTES', '100'],
    ['HEADERS_TIMEOUT_MS', '0'],
    ['REQUEST_TIMEOUT_MS', '5000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['RATE_LIMIT_CALLS_PER_TOKEN', '600'],
    ['RATE_LIMIT_LOGINS_PER_ADDRESS', '0/60'],
    ['RATE_LIMIT_REGISTRATIONS_PER_ADDRESS', '20/100000'],
    ['CORS_ORIGINS', 'https://app.example.com/path'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'app.example.com'],
  ]) {
    it(`refuses ${name}=${value} with a message naming the setting`, () => {
      expect(() => loadConfig({ [name!]: value })).to.throw(ConfigError, name);
    });
  }
});
