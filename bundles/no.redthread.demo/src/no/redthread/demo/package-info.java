/**
 * The demo plan system Redthread ships: an illustrative, not adopted, plan system of a real small municipality, so
 * that new users, courses and tests see a full red thread (with a few deliberate breaks) before they enter their
 * own. Get it from the {@link no.redthread.demo.DemoPlanSystem} OSGi service.
 */
package no.redthread.demo;
