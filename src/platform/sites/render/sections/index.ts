/**
 * Registers core's renderer for every core section type. A type registered
 * without a renderer (its plugin disabled, say) renders nothing.
 */
import { registerSectionRenderer } from '../registry'
import { AboutSection } from './About'
import { ContactSection, contactEmptyReason } from './Contact'
import { CustomComponentSection } from './CustomComponent'
import { HeroSection } from './Hero'
import { ServicesSection } from './Services'
import { TeamSection } from './Team'

registerSectionRenderer('hero', { Component: HeroSection })
registerSectionRenderer('about', { Component: AboutSection })
registerSectionRenderer('services', { Component: ServicesSection })
registerSectionRenderer('team', { Component: TeamSection })
registerSectionRenderer('contact', { Component: ContactSection, emptyReason: contactEmptyReason })
registerSectionRenderer('customComponent', { Component: CustomComponentSection })
