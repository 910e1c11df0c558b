/** The testimonials plugin's platform events. Ids only: listeners read what they need. */
declare module '@platform' {
  interface PlatformEvents {
    /** A testimonial arrived (form, invitation); it waits for moderation. The owner is told by a listener. */
    'testimonial.submitted': { testimonialId: number | string; siteId: number | string }
  }
}

export {}
