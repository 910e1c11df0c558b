/** Registers core's renderer for every core section type (plugins may replace the fallbacks). */
import { registerSectionRenderer } from '../registry'
import { AboutSection } from './About'
import { ContactSection } from './Contact'
import { CustomComponentSection } from './CustomComponent'
import { FallbackSection } from './Fallback'
import { HeroSection } from './Hero'
import { ServicesSection } from './Services'
import { TeamSection } from './Team'

registerSectionRenderer('hero', { Component: HeroSection })
registerSectionRenderer('about', { Component: AboutSection })
registerSectionRenderer('services', { Component: ServicesSection })
registerSectionRenderer('team', { Component: TeamSection })
registerSectionRenderer('contact', { Component: ContactSection })
registerSectionRenderer('customComponent', { Component: CustomComponentSection })
for (const type of ['booking', 'testimonials', 'newsletter', 'bigEvents']) registerSectionRenderer(type, { Component: FallbackSection })
