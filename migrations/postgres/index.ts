import * as migration_20261125_133132_initial from './20261125_133132_initial';
import * as migration_20261125_134251_passwordless_notifications_email from './20261125_134251_passwordless_notifications_email';
import * as migration_20261125_141649_media_library from './20261125_141649_media_library';
import * as migration_20261125_142552_site_publishing_templates from './20261125_142552_site_publishing_templates';
import * as migration_20261125_144553_media_usage_published from './20261125_144553_media_usage_published';
import * as migration_20261125_161621_sites_components_booking from './20261125_161621_sites_components_booking';
import * as migration_20261130_152924_example_notes_from_visitor from './20261130_152924_example_notes_from_visitor';
import * as migration_20261130_154200_remove_login_lockout from './20261130_154200_remove_login_lockout';
import * as migration_20261130_154831_jobs_outbox_sent_messages from './20261130_154831_jobs_outbox_sent_messages';
import * as migration_20261130_163119_magic_link_token_seed from './20261130_163119_magic_link_token_seed';
import * as migration_20261130_165014_payments_plans from './20261130_165014_payments_plans';
import * as migration_20261130_180829_payments_receipts_plan_notices from './20261130_180829_payments_receipts_plan_notices';
import * as migration_20261130_183032_newsletter from './20261130_183032_newsletter';
import * as migration_20261130_184925_newsletter_tracking from './20261130_184925_newsletter_tracking';
import * as migration_20261130_190816_newsletter_sending from './20261130_190816_newsletter_sending';
import * as migration_20261130_205353_testimonials from './20261130_205353_testimonials';
import * as migration_20261130_210236_testimonials_public from './20261130_210236_testimonials_public';
import * as migration_20261130_211755_testimonial_summary_computed_at from './20261130_211755_testimonial_summary_computed_at';
import * as migration_20261130_212012_testimonial_invitations from './20261130_212012_testimonial_invitations';
import * as migration_20261130_212436_domain_orders from './20261130_212436_domain_orders';
import * as migration_20261130_214423_domain_order_release from './20261130_214423_domain_order_release';
import * as migration_20261130_234918_big_events from './20261130_234918_big_events';
import * as migration_20261201_002340_site_version_restored_from from './20261201_002340_site_version_restored_from';
import * as migration_20261201_004245_team_invited_by from './20261201_004245_team_invited_by';
import * as migration_20261201_010723_booking_services from './20261201_010723_booking_services';
import * as migration_20261201_011700_audit_sentences from './20261201_011700_audit_sentences';
import * as migration_20261201_011710_terms_rich_text from './20261201_011710_terms_rich_text';
import * as migration_20261201_015404_availability_title_default from './20261201_015404_availability_title_default';
import * as migration_20261201_025548_email_templates_owner_flag from './20261201_025548_email_templates_owner_flag';

export const migrations = [
  {
    up: migration_20261125_133132_initial.up,
    down: migration_20261125_133132_initial.down,
    name: '20261125_133132_initial',
  },
  {
    up: migration_20261125_134251_passwordless_notifications_email.up,
    down: migration_20261125_134251_passwordless_notifications_email.down,
    name: '20261125_134251_passwordless_notifications_email',
  },
  {
    up: migration_20261125_141649_media_library.up,
    down: migration_20261125_141649_media_library.down,
    name: '20261125_141649_media_library',
  },
  {
    up: migration_20261125_142552_site_publishing_templates.up,
    down: migration_20261125_142552_site_publishing_templates.down,
    name: '20261125_142552_site_publishing_templates',
  },
  {
    up: migration_20261125_144553_media_usage_published.up,
    down: migration_20261125_144553_media_usage_published.down,
    name: '20261125_144553_media_usage_published',
  },
  {
    up: migration_20261125_161621_sites_components_booking.up,
    down: migration_20261125_161621_sites_components_booking.down,
    name: '20261125_161621_sites_components_booking',
  },
  {
    up: migration_20261130_152924_example_notes_from_visitor.up,
    down: migration_20261130_152924_example_notes_from_visitor.down,
    name: '20261130_152924_example_notes_from_visitor',
  },
  {
    up: migration_20261130_154200_remove_login_lockout.up,
    down: migration_20261130_154200_remove_login_lockout.down,
    name: '20261130_154200_remove_login_lockout',
  },
  {
    up: migration_20261130_154831_jobs_outbox_sent_messages.up,
    down: migration_20261130_154831_jobs_outbox_sent_messages.down,
    name: '20261130_154831_jobs_outbox_sent_messages',
  },
  {
    up: migration_20261130_163119_magic_link_token_seed.up,
    down: migration_20261130_163119_magic_link_token_seed.down,
    name: '20261130_163119_magic_link_token_seed',
  },
  {
    up: migration_20261130_165014_payments_plans.up,
    down: migration_20261130_165014_payments_plans.down,
    name: '20261130_165014_payments_plans',
  },
  {
    up: migration_20261130_180829_payments_receipts_plan_notices.up,
    down: migration_20261130_180829_payments_receipts_plan_notices.down,
    name: '20261130_180829_payments_receipts_plan_notices',
  },
  {
    up: migration_20261130_183032_newsletter.up,
    down: migration_20261130_183032_newsletter.down,
    name: '20261130_183032_newsletter',
  },
  {
    up: migration_20261130_184925_newsletter_tracking.up,
    down: migration_20261130_184925_newsletter_tracking.down,
    name: '20261130_184925_newsletter_tracking',
  },
  {
    up: migration_20261130_190816_newsletter_sending.up,
    down: migration_20261130_190816_newsletter_sending.down,
    name: '20261130_190816_newsletter_sending',
  },
  {
    up: migration_20261130_205353_testimonials.up,
    down: migration_20261130_205353_testimonials.down,
    name: '20261130_205353_testimonials',
  },
  {
    up: migration_20261130_210236_testimonials_public.up,
    down: migration_20261130_210236_testimonials_public.down,
    name: '20261130_210236_testimonials_public',
  },
  {
    up: migration_20261130_211755_testimonial_summary_computed_at.up,
    down: migration_20261130_211755_testimonial_summary_computed_at.down,
    name: '20261130_211755_testimonial_summary_computed_at',
  },
  {
    up: migration_20261130_212012_testimonial_invitations.up,
    down: migration_20261130_212012_testimonial_invitations.down,
    name: '20261130_212012_testimonial_invitations',
  },
  {
    up: migration_20261130_212436_domain_orders.up,
    down: migration_20261130_212436_domain_orders.down,
    name: '20261130_212436_domain_orders',
  },
  {
    up: migration_20261130_214423_domain_order_release.up,
    down: migration_20261130_214423_domain_order_release.down,
    name: '20261130_214423_domain_order_release',
  },
  {
    up: migration_20261130_234918_big_events.up,
    down: migration_20261130_234918_big_events.down,
    name: '20261130_234918_big_events',
  },
  {
    up: migration_20261201_002340_site_version_restored_from.up,
    down: migration_20261201_002340_site_version_restored_from.down,
    name: '20261201_002340_site_version_restored_from',
  },
  {
    up: migration_20261201_004245_team_invited_by.up,
    down: migration_20261201_004245_team_invited_by.down,
    name: '20261201_004245_team_invited_by',
  },
  {
    up: migration_20261201_010723_booking_services.up,
    down: migration_20261201_010723_booking_services.down,
    name: '20261201_010723_booking_services',
  },
  {
    up: migration_20261201_011700_audit_sentences.up,
    down: migration_20261201_011700_audit_sentences.down,
    name: '20261201_011700_audit_sentences',
  },
  {
    up: migration_20261201_011710_terms_rich_text.up,
    down: migration_20261201_011710_terms_rich_text.down,
    name: '20261201_011710_terms_rich_text',
  },
  {
    up: migration_20261201_015404_availability_title_default.up,
    down: migration_20261201_015404_availability_title_default.down,
    name: '20261201_015404_availability_title_default',
  },
  {
    up: migration_20261201_025548_email_templates_owner_flag.up,
    down: migration_20261201_025548_email_templates_owner_flag.down,
    name: '20261201_025548_email_templates_owner_flag'
  },
];
