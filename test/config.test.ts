import { expect } from 'chai';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('has defaults that serve SQLite on port 5000', () => {
    const config = loadConfig({});
    expect(config).to.include({ port: 5000, databaseUrl: 'sqlite:microblog.sqlite', tokenTtlSeconds: 3600, bcryptRounds: 12 });
  });

  for (const [name, value] of [
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['TOKEN_TTL_SECONDS', '1.5'],
    ['BCRYPT_ROUNDS', '3'],
    ['MAX_BODY_BYTES', '-1'],
    ['DATABASE_URL', 'mysql://localhost/db'],
  ]) {
    it(`refuses ${name}=${value} with a message naming the setting`, () => {
      expect(() => loadConfig({ [name!]: value })).to.throw(ConfigError, name);
    });
  }
});
