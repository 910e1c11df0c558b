/** Length limits shared by the collections, the public endpoints and the admin (pure: browser components import it). */
export const LIMITS = { title: 200, location: 300, answer: 2000, questions: 20, questionLabel: 200, options: 20 } as const
