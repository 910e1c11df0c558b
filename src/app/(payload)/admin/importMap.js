import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SiteConfigField as SiteConfigField_af3a992e3aa94f8c3d1d49f5df8b877c } from '../../../../collections/sites/components/SiteConfigField'
import { SitePanel as SitePanel_7ae412cf5c6f8c230e573293eee12e07 } from '../../../../collections/sites/components/SitePanel'
import { WidgetPanel as WidgetPanel_bd358702d092ebe5d10e56d2b156f727 } from '../../../../plugins/testimonials/widget/admin/WidgetPanel'
import { SiteDomainPanel as SiteDomainPanel_476f4db8ca40fc43adf7baedc8b5a43e } from '../../../../plugins/domains/admin/SiteDomainPanel'
import { NewSiteButton as NewSiteButton_0eb2696f210fe9b7ad7207bae67271f5 } from '../../../../collections/sites/components/newSite/NewSiteButton'
import { InvitationActions as InvitationActions_8f732e98acd2b93e6e5293ec616646c6 } from '../../../../collections/team-members/admin/InvitationActions'
import { InviteButton as InviteButton_eca3e7476f144affc914c0349c4f63f7 } from '../../../../collections/team-members/admin/InviteButton'
import { SitePicker as SitePicker_a9fba6bb714a008c7658b5ecd48c6114 } from '../../../../src/platform/admin/SitePicker'
import { SourceCodeField as SourceCodeField_7a6c4418c60b3d95a14792bd2ce89c3f } from '../../../../collections/custom-react-components/components/SourceCodeField'
import { ComponentPreview as ComponentPreview_86d02dcb5f87117637e644ac395bd9ac } from '../../../../collections/custom-react-components/components/ComponentPreview'
import { StaffOnlyText as StaffOnlyText_d45b532f692720ce7a4cd1d15bd456ff } from '../../../../collections/email-templates/components/StaffOnlyFields'
import { OwnTemplateSidebar as OwnTemplateSidebar_d393b2ff8aae9ee3173327c7b16d7125 } from '../../../../collections/email-templates/components/OwnTemplateSidebar'
import { TemplatePreview as TemplatePreview_cc1376d9a95c27ededaa832dea64b1c8 } from '../../../../collections/email-templates/components/TemplatePreview'
import { StaffOnlyCheckbox as StaffOnlyCheckbox_d45b532f692720ce7a4cd1d15bd456ff } from '../../../../collections/email-templates/components/StaffOnlyFields'
import { StaffOnlyRelationship as StaffOnlyRelationship_d45b532f692720ce7a4cd1d15bd456ff } from '../../../../collections/email-templates/components/StaffOnlyFields'
import { OwnersGoToEmails as OwnersGoToEmails_79b06343e72ae20a202766bf0c73bd06 } from '../../../../collections/email-templates/components/OwnersGoToEmails'
import { AuditEntryField as AuditEntryField_418493b2170c29121b62e553004cbd62 } from '../../../../collections/audit-logs/components/AuditEntry'
import { NotOnEntryPage as NotOnEntryPage_36c9c037697f55d78837420eb7651347 } from '../../../../collections/audit-logs/components/NotOnEntryPage'
import { AuditSentenceCell as AuditSentenceCell_418493b2170c29121b62e553004cbd62 } from '../../../../collections/audit-logs/components/AuditEntry'
import { MailboxMessage as MailboxMessage_3fe85419c86b22b29d9c5fa4d8e686d6 } from '../../../../src/platform/email/admin/MailboxMessage'
import { DatePickerField as DatePickerField_2c5dd32c2e55ef11445e0fddf0329c8a } from '../../../../plugins/booking/admin/PickerFields'
import { TimePickerField as TimePickerField_2c5dd32c2e55ef11445e0fddf0329c8a } from '../../../../plugins/booking/admin/PickerFields'
import { WorkingHoursLink as WorkingHoursLink_f258add4488a6e001db63b142958e7bb } from '../../../../plugins/booking/admin/BookingNavLinks'
import { HostCell as HostCell_c5e30035d0394b0bcde541d208a31d35 } from '../../../../plugins/booking/admin/HostCell'
import { TimeZoneCell as TimeZoneCell_688fafef5e10e4eee4cf578f0a17cb0e } from '../../../../src/platform/fields/admin/TimeZoneField'
import { TimeZoneField as TimeZoneField_688fafef5e10e4eee4cf578f0a17cb0e } from '../../../../src/platform/fields/admin/TimeZoneField'
import { RefundAction as RefundAction_49ce7924e210c93e790855c4c0e29a2a } from '../../../../plugins/payments/refunds/admin/RefundAction'
import { CampaignPanel as CampaignPanel_1d17d4530e342f32e07d3cf787e136ec } from '../../../../plugins/newsletter/admin/CampaignPanel'
import { PendingNotice as PendingNotice_e6f7a06741858852c0177a779e33191e } from '../../../../plugins/testimonials/admin/PendingNotice'
import { SeatsCell as SeatsCell_e5d16477c9e171b988f4549aa7b9a566 } from '../../../../plugins/big-events/admin/SeatsCell'
import { PriceCell as PriceCell_3e86a55b9b67a57d76bdfef893eba0a5 } from '../../../../plugins/big-events/admin/PriceCell'
import { QuestionsField as QuestionsField_8be750d5bdd9fbb70c8fa3724d4f4122 } from '../../../../plugins/big-events/admin/QuestionsField'
import { EventActions as EventActions_9dde850cae4d6672df7db010192be0d1 } from '../../../../plugins/big-events/admin/EventActions'
import { AttendeesView as AttendeesView_2881f8b07d9e3dafcf7bdd50cfa1c76e } from '../../../../plugins/big-events/admin/AttendeesView'
import { NotificationBell as NotificationBell_59d1d1ea96d88dae704803c53938265d } from '../../../../src/platform/notifications/admin/NotificationBell'
import { JobsNavLink as JobsNavLink_ba1507f315482fb8b5ba519dee73651c } from '../../../../src/platform/jobs/admin/JobsNavLink'
import { BookingNavLinks as BookingNavLinks_f258add4488a6e001db63b142958e7bb } from '../../../../plugins/booking/admin/BookingNavLinks'
import { BillingNavLinks as BillingNavLinks_774cac5e089116901418b730515998f0 } from '../../../../plugins/payments/admin/BillingNavLinks'
import { AnalyticsNavLink as AnalyticsNavLink_3ccc70da71a1fc05510e89049ef3f7e9 } from '../../../../plugins/newsletter/admin/AnalyticsNavLink'
import { ModerationNavLink as ModerationNavLink_34e7714dfb6fb458f1bfd0a23ea995d7 } from '../../../../plugins/testimonials/admin/ModerationNavLink'
import { DomainNavLink as DomainNavLink_c1c181cfae3a6cf5b1317612ab50394f } from '../../../../plugins/domains/admin/DomainNavLink'
import { MagicLinkLogin as MagicLinkLogin_a250eb32daa54959ade911ee0a1cc5b9 } from '../../../../src/platform/auth/admin/MagicLinkLogin'
import { TermsGate as TermsGate_29c65c38faedf54610a8123b7ad00415 } from '../../../../src/platform/auth/admin/TermsGate'
import { AdminA11y as AdminA11y_618a542e249e8b21bffb9a2fa26e14f1 } from '../../../../src/platform/admin/a11y/AdminA11y'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { HomeView as HomeView_e0d87b7c4ec1b571459cd7636ef8f38c } from '../../../../src/platform/home/HomeView'
import { JobsView as JobsView_81481c88c0b6042eaf73f65fa328bd02 } from '../../../../src/platform/jobs/admin/JobsView'
import { NewSiteView as NewSiteView_93fa4e685645073af65dc43ef10ea6f9 } from '../../../../collections/sites/components/newSite/NewSiteView'
import { EmailsView as EmailsView_7d9d9c39dabb8dc1c54b49a8a1430aa0 } from '../../../../collections/email-templates/components/EmailsView'
import { ExampleView as ExampleView_679326e9b8d691df614f6cc2677e886c } from '../../../../plugins/example/admin/ExampleView'
import { CalendarView as CalendarView_75e5f8bd7b23e8978489c5523cb5b6a2 } from '../../../../plugins/booking/admin/BookingViews'
import { WorkingHoursView as WorkingHoursView_75e5f8bd7b23e8978489c5523cb5b6a2 } from '../../../../plugins/booking/admin/BookingViews'
import { HoursView as HoursView_75e5f8bd7b23e8978489c5523cb5b6a2 } from '../../../../plugins/booking/admin/BookingViews'
import { BillingView as BillingView_51d0c224c9409f21446e467cfb6040b1 } from '../../../../plugins/payments/admin/BillingView'
import { AnalyticsView as AnalyticsView_0809255a78469de16ab382932cd00a61 } from '../../../../plugins/newsletter/admin/AnalyticsView'
import { ModerationView as ModerationView_e111be1f40ca208230c00f7ccd24b1d1 } from '../../../../plugins/testimonials/admin/ModerationView'
import { DomainView as DomainView_85358d1a6723dc7eb88456c2dda8bc7b } from '../../../../plugins/domains/admin/DomainView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/sites/components/SiteConfigField#SiteConfigField": SiteConfigField_af3a992e3aa94f8c3d1d49f5df8b877c,
  "/collections/sites/components/SitePanel#SitePanel": SitePanel_7ae412cf5c6f8c230e573293eee12e07,
  "/plugins/testimonials/widget/admin/WidgetPanel#WidgetPanel": WidgetPanel_bd358702d092ebe5d10e56d2b156f727,
  "/plugins/domains/admin/SiteDomainPanel#SiteDomainPanel": SiteDomainPanel_476f4db8ca40fc43adf7baedc8b5a43e,
  "/collections/sites/components/newSite/NewSiteButton#NewSiteButton": NewSiteButton_0eb2696f210fe9b7ad7207bae67271f5,
  "/collections/team-members/admin/InvitationActions#InvitationActions": InvitationActions_8f732e98acd2b93e6e5293ec616646c6,
  "/collections/team-members/admin/InviteButton#InviteButton": InviteButton_eca3e7476f144affc914c0349c4f63f7,
  "/src/platform/admin/SitePicker#SitePicker": SitePicker_a9fba6bb714a008c7658b5ecd48c6114,
  "/collections/custom-react-components/components/SourceCodeField#SourceCodeField": SourceCodeField_7a6c4418c60b3d95a14792bd2ce89c3f,
  "/collections/custom-react-components/components/ComponentPreview#ComponentPreview": ComponentPreview_86d02dcb5f87117637e644ac395bd9ac,
  "/collections/email-templates/components/StaffOnlyFields#StaffOnlyText": StaffOnlyText_d45b532f692720ce7a4cd1d15bd456ff,
  "/collections/email-templates/components/OwnTemplateSidebar#OwnTemplateSidebar": OwnTemplateSidebar_d393b2ff8aae9ee3173327c7b16d7125,
  "/collections/email-templates/components/TemplatePreview#TemplatePreview": TemplatePreview_cc1376d9a95c27ededaa832dea64b1c8,
  "/collections/email-templates/components/StaffOnlyFields#StaffOnlyCheckbox": StaffOnlyCheckbox_d45b532f692720ce7a4cd1d15bd456ff,
  "/collections/email-templates/components/StaffOnlyFields#StaffOnlyRelationship": StaffOnlyRelationship_d45b532f692720ce7a4cd1d15bd456ff,
  "/collections/email-templates/components/OwnersGoToEmails#OwnersGoToEmails": OwnersGoToEmails_79b06343e72ae20a202766bf0c73bd06,
  "/collections/audit-logs/components/AuditEntry#AuditEntryField": AuditEntryField_418493b2170c29121b62e553004cbd62,
  "/collections/audit-logs/components/NotOnEntryPage#NotOnEntryPage": NotOnEntryPage_36c9c037697f55d78837420eb7651347,
  "/collections/audit-logs/components/AuditEntry#AuditSentenceCell": AuditSentenceCell_418493b2170c29121b62e553004cbd62,
  "/src/platform/email/admin/MailboxMessage#MailboxMessage": MailboxMessage_3fe85419c86b22b29d9c5fa4d8e686d6,
  "/plugins/booking/admin/PickerFields#DatePickerField": DatePickerField_2c5dd32c2e55ef11445e0fddf0329c8a,
  "/plugins/booking/admin/PickerFields#TimePickerField": TimePickerField_2c5dd32c2e55ef11445e0fddf0329c8a,
  "/plugins/booking/admin/BookingNavLinks#WorkingHoursLink": WorkingHoursLink_f258add4488a6e001db63b142958e7bb,
  "/plugins/booking/admin/HostCell#HostCell": HostCell_c5e30035d0394b0bcde541d208a31d35,
  "/src/platform/fields/admin/TimeZoneField#TimeZoneCell": TimeZoneCell_688fafef5e10e4eee4cf578f0a17cb0e,
  "/src/platform/fields/admin/TimeZoneField#TimeZoneField": TimeZoneField_688fafef5e10e4eee4cf578f0a17cb0e,
  "/plugins/payments/refunds/admin/RefundAction#RefundAction": RefundAction_49ce7924e210c93e790855c4c0e29a2a,
  "/plugins/newsletter/admin/CampaignPanel#CampaignPanel": CampaignPanel_1d17d4530e342f32e07d3cf787e136ec,
  "/plugins/testimonials/admin/PendingNotice#PendingNotice": PendingNotice_e6f7a06741858852c0177a779e33191e,
  "/plugins/big-events/admin/SeatsCell#SeatsCell": SeatsCell_e5d16477c9e171b988f4549aa7b9a566,
  "/plugins/big-events/admin/PriceCell#PriceCell": PriceCell_3e86a55b9b67a57d76bdfef893eba0a5,
  "/plugins/big-events/admin/QuestionsField#QuestionsField": QuestionsField_8be750d5bdd9fbb70c8fa3724d4f4122,
  "/plugins/big-events/admin/EventActions#EventActions": EventActions_9dde850cae4d6672df7db010192be0d1,
  "/plugins/big-events/admin/AttendeesView#AttendeesView": AttendeesView_2881f8b07d9e3dafcf7bdd50cfa1c76e,
  "/src/platform/notifications/admin/NotificationBell#NotificationBell": NotificationBell_59d1d1ea96d88dae704803c53938265d,
  "/src/platform/jobs/admin/JobsNavLink#JobsNavLink": JobsNavLink_ba1507f315482fb8b5ba519dee73651c,
  "/plugins/booking/admin/BookingNavLinks#BookingNavLinks": BookingNavLinks_f258add4488a6e001db63b142958e7bb,
  "/plugins/payments/admin/BillingNavLinks#BillingNavLinks": BillingNavLinks_774cac5e089116901418b730515998f0,
  "/plugins/newsletter/admin/AnalyticsNavLink#AnalyticsNavLink": AnalyticsNavLink_3ccc70da71a1fc05510e89049ef3f7e9,
  "/plugins/testimonials/admin/ModerationNavLink#ModerationNavLink": ModerationNavLink_34e7714dfb6fb458f1bfd0a23ea995d7,
  "/plugins/domains/admin/DomainNavLink#DomainNavLink": DomainNavLink_c1c181cfae3a6cf5b1317612ab50394f,
  "/src/platform/auth/admin/MagicLinkLogin#MagicLinkLogin": MagicLinkLogin_a250eb32daa54959ade911ee0a1cc5b9,
  "/src/platform/auth/admin/TermsGate#TermsGate": TermsGate_29c65c38faedf54610a8123b7ad00415,
  "/src/platform/admin/a11y/AdminA11y#AdminA11y": AdminA11y_618a542e249e8b21bffb9a2fa26e14f1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/platform/home/HomeView#HomeView": HomeView_e0d87b7c4ec1b571459cd7636ef8f38c,
  "/src/platform/jobs/admin/JobsView#JobsView": JobsView_81481c88c0b6042eaf73f65fa328bd02,
  "/collections/sites/components/newSite/NewSiteView#NewSiteView": NewSiteView_93fa4e685645073af65dc43ef10ea6f9,
  "/collections/email-templates/components/EmailsView#EmailsView": EmailsView_7d9d9c39dabb8dc1c54b49a8a1430aa0,
  "/plugins/example/admin/ExampleView#ExampleView": ExampleView_679326e9b8d691df614f6cc2677e886c,
  "/plugins/booking/admin/BookingViews#CalendarView": CalendarView_75e5f8bd7b23e8978489c5523cb5b6a2,
  "/plugins/booking/admin/BookingViews#WorkingHoursView": WorkingHoursView_75e5f8bd7b23e8978489c5523cb5b6a2,
  "/plugins/booking/admin/BookingViews#HoursView": HoursView_75e5f8bd7b23e8978489c5523cb5b6a2,
  "/plugins/payments/admin/BillingView#BillingView": BillingView_51d0c224c9409f21446e467cfb6040b1,
  "/plugins/newsletter/admin/AnalyticsView#AnalyticsView": AnalyticsView_0809255a78469de16ab382932cd00a61,
  "/plugins/testimonials/admin/ModerationView#ModerationView": ModerationView_e111be1f40ca208230c00f7ccd24b1d1,
  "/plugins/domains/admin/DomainView#DomainView": DomainView_85358d1a6723dc7eb88456c2dda8bc7b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
