import type { Knex } from 'knex';
import type { Db } from './db.js';
import { preparedSelect } from './reader.js';

/** The collections whose size is kept in the totals table. */
export type TotalName = 'users' | 'posts';

const total = preparedSelect<[TotalName], { value: number }>((db, name) => db('totals').where({ name }).first('value'));

export async function readTotal(db: Db, name: TotalName): Promise<number> {
  const row = await total.row(db, name);
  return Number(row?.value ?? 0);
}

/** Call inside the transaction that adds or removes the rows counted. */
export async function adjustTotal(trx: Knex, name: TotalName, delta: number): Promise<void> {
  if (delta !== 0) await trx('totals').where({ name }).increment('value', delta);
}
