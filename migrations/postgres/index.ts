import * as migration_20261125_133132_initial from './20261125_133132_initial';
import * as migration_20261125_134110_email_templates_dev_mailbox from './20261125_134110_email_templates_dev_mailbox';

export const migrations = [
  {
    up: migration_20261125_133132_initial.up,
    down: migration_20261125_133132_initial.down,
    name: '20261125_133132_initial',
  },
  {
    up: migration_20261125_134110_email_templates_dev_mailbox.up,
    down: migration_20261125_134110_email_templates_dev_mailbox.down,
    name: '20261125_134110_email_templates_dev_mailbox'
  },
];
