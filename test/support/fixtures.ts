import { expect } from 'chai';
import { follow } from '../../src/data/users.js';
import { call } from './client.js';
import { server } from './hooks.js';

export interface TestUser {
  id: number;
  username: string;
  email: string;
  password: string;
}

let serial = 0;

/** Registers a user through the API. */
export async function registerUser(fields: Partial<Omit<TestUser, 'id'>> = {}): Promise<TestUser> {
  serial += 1;
  const user = {
    username: `user${serial}`,
    email: `user${serial}@example.com`,
    password: `password-${serial}`,
    ...fields,
  };
  const res = await call('POST', '/api/users', { json: user });
  expect(res.status, res.text).to.equal(201);
  return { ...user, id: res.body.id };
}

/** Gets a bearer token for a user through the API. */
export async function tokenFor(user: TestUser): Promise<string> {
  const res = await call('POST', '/api/tokens', { basic: user });
  expect(res.status, res.text).to.equal(200);
  return res.body.token;
}

/** A registered user holding a token. */
export async function signedIn(fields: Partial<Omit<TestUser, 'id'>> = {}): Promise<TestUser & { token: string }> {
  const user = await registerUser(fields);
  return { ...user, token: await tokenFor(user) };
}

/** Arranges a follow edge through the data layer (the API to follow comes with posts and feeds). */
export async function makeFollow(follower: TestUser, followed: TestUser): Promise<void> {
  await follow(server().db, follower.id, followed.id);
}
