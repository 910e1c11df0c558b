/**
 * Migrations per database kind. Each folder's index.ts is written by
 * `npm run migrate:create` (Payload's createMigration); do not edit them by hand.
 */
import { migrations as mongodb } from './mongodb'
import { migrations as postgres } from './postgres'

export const migrations = { mongodb, postgres }
