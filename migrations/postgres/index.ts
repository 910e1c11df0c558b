import * as migration_20261125_133132_initial from './20261125_133132_initial';

export const migrations = [
  {
    up: migration_20261125_133132_initial.up,
    down: migration_20261125_133132_initial.down,
    name: '20261125_133132_initial'
  },
];
