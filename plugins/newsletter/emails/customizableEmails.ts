/** The subscriber emails an owner may word their own way (their Emails screen); all go out with the site's ownerId. */
import { t, type CustomizableEmailGroup } from '@platform'

export const NEWSLETTER_EMAILS: CustomizableEmailGroup = {
  title: t('Newsletter', 'Newsletter'),
  emails: [
    {
      slug: 'newsletter-confirm',
      name: t('Confirm your subscription', 'Potwierdzenie zapisu'),
      description: t('To a new subscriber, with the link that confirms their address.', 'Do nowej osoby zapisanej, z linkiem potwierdzającym adres.'),
    },
    {
      slug: 'newsletter-welcome',
      name: t('Welcome', 'Powitanie'),
      description: t('To a subscriber once they have confirmed.', 'Do osoby zapisanej, gdy potwierdzi zapis.'),
    },
    {
      slug: 'newsletter-already-subscribed',
      name: t('Already subscribed', 'Adres już zapisany'),
      description: t(
        'To someone who signs up again with an address already on your list.',
        'Do osoby, która zapisuje się ponownie adresem, który już jest na liście.',
      ),
    },
  ],
}
