/** Names of the reminder's job and email. */
export const REMINDER_JOB = 'big-events.send-reminders'
export const REMINDER_EMAIL = 'big-events.reminder-email'
export const REMINDER_TEMPLATE = 'big-event-reminder'
