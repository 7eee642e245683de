/**
 * Funding schemes out of Redthread: a search's result list as CSV for a spreadsheet, and deadlines as an iCalendar
 * file so they land in the planners' calendars. Files are written atomically. Versioned in the manifest.
 */
package no.redthread.funding.export;
