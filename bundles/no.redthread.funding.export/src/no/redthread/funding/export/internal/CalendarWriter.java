package no.redthread.funding.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import no.redthread.funding.export.CalendarEntry;

/** Deadlines as all-day iCalendar events, built and written with biweekly. */
public final class CalendarWriter {

    private static final int REMINDER_DAYS = 14;

    private CalendarWriter() {
    }

    public static void write(List<CalendarEntry> entries, Locale locale, OutputStream out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Redthread//Funding deadlines//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        calendar.setExperimentalProperty("X-WR-CALNAME", Texts.text(locale, "calendar.name"));
        entries.forEach(entry -> calendar.addEvent(event(entry, locale)));
        Biweekly.write(calendar).go(out);
    }

    private static VEvent event(CalendarEntry entry, Locale locale) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setSummary(entry.title());
        event.setDescription(entry.description());
        event.setDateStart(new DateStart(day(entry.date()), false));
        event.setDateEnd(new DateEnd(day(entry.date().plusDays(1)), false));
        event.setStatus(entry.estimated() ? Status.tentative() : Status.confirmed());
        entry.url().ifPresent(url -> event.setUrl(url.toString()));
        Trigger before = new Trigger(Duration.builder().prior(true).days(REMINDER_DAYS).build(), Related.START);
        event.addAlarm(VAlarm.display(before, Texts.format(locale, "calendar.reminder", entry.title())));
        return event;
    }

    /** Midnight in the default time zone: biweekly writes a date-only value in that zone, so the day stays. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
