import { expect } from 'chai';
import { call } from './client.js';

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

/** Makes one user follow another through the API (with a token of the follower's). */
export async function makeFollow(follower: TestUser, followed: TestUser): Promise<void> {
  const token = 'token' in follower ? (follower.token as string) : await tokenFor(follower);
  const res = await call('PUT', `/api/users/${follower.id}/followed/${followed.id}`, { token });
  expect(res.status, res.text).to.equal(204);
}

/** Writes a post through the API; returns its id. */
export async function writePost(author: { token: string }, body: string): Promise<number> {
  const res = await call('POST', '/api/posts', { token: author.token, json: { body } });
  expect(res.status, res.text).to.equal(201);
  return res.body.id;
}
