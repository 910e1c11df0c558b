/** The testimonial emails an owner may word their own way (their Emails screen); both go out with the site's ownerId. */
import { t, type CustomizableEmailGroup } from '@platform'

export const TESTIMONIAL_EMAILS: CustomizableEmailGroup = {
  title: t('Testimonials', 'Opinie'),
  emails: [
    {
      slug: 'testimonial-invitation',
      name: t('Request for a testimonial', 'Prośba o opinię'),
      description: t('To a client after a session, asking how it went.', 'Do klienta po sesji, z prośbą o ocenę spotkania.'),
    },
    {
      slug: 'testimonial-confirm-email',
      name: t('Confirm the testimonial', 'Potwierdzenie opinii'),
      description: t(
        'To someone who left a testimonial on your site, to confirm their address.',
        'Do osoby, która dodała opinię na Twojej stronie, z prośbą o potwierdzenie adresu.',
      ),
    },
  ],
}
