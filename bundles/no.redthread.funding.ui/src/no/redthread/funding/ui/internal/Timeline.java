package no.redthread.funding.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.funding.Deadline;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;

/**
 * What the deadline timeline draws, without SWT: twelve whole months from the first of this month, the workspace's
 * applications on top, then a row per scheme with a deadline in the window, and the budget calendar's dates.
 *
 * @param start the first day (the first of today's month)
 * @param end the day after the last (twelve months later)
 * @param today today
 * @param rows the applications, then the schemes by their first deadline
 * @param budget the adoptions of the action and economy plan (handlings- og økonomiplan) in the window
 */
record Timeline(LocalDate start, LocalDate end, LocalDate today, List<Row> rows, List<Mark> budget) {

    static final int MONTHS = 12;

    /** A row: a scheme or an application, with its marks. */
    record Row(String label, Object subject, boolean application, List<Mark> marks) {
    }

    /**
     * A day on the timeline.
     *
     * @param estimated carried forward from an earlier year's pattern, not given by the source (or the workspace)
     * @param status for an application, its status (a colour); empty otherwise
     */
    record Mark(LocalDate date, boolean estimated, String status) {
    }

    static Timeline of(LocalDate today, List<FundingScheme> schemes, List<Row> applications, Optional<PlanSystem> plans) {
        LocalDate start = today.withDayOfMonth(1);
        LocalDate end = start.plusMonths(MONTHS);
        List<Row> rows = new ArrayList<>(applications);
        schemes.stream().map(scheme -> new Row(scheme.nameNb(), scheme, false, marks(scheme.deadline(), today, end)))
                .filter(row -> !row.marks().isEmpty())
                .sorted(Comparator.comparing((Row row) -> row.marks().get(0).date()).thenComparing(Row::label))
                .forEach(rows::add);
        return new Timeline(start, end, today, rows, plans.map(p -> budget(p, start, end)).orElse(List.of()));
    }

    /** Every deadline from today to the end of the window, as {@link Deadlines#next} computes them one after another. */
    static List<Mark> marks(Deadline deadline, LocalDate today, LocalDate end) {
        List<Mark> marks = new ArrayList<>();
        for (Optional<NextDeadline> next = Deadlines.next(deadline, today); next.isPresent()
                && next.get().date().isBefore(end); next = Deadlines.next(deadline, next.get().date().plusDays(1))) {
            marks.add(new Mark(next.get().date(), next.get().estimated(), ""));
        }
        return marks;
    }

    /**
     * The adoption dates of the workspace's action and economy plans in the window; where only earlier years' are
     * known, the latest one's day carried into the window, marked estimated.
     */
    static List<Mark> budget(PlanSystem plans, LocalDate start, LocalDate end) {
        List<LocalDate> known = plans.getPlans().stream().filter(p -> p.getKind() == PlanKind.HANDLINGS_OG_OKONOMIPLAN)
                .map(Plan::getAdoptionDate).filter(date -> date != null).sorted().toList();
        List<Mark> marks = new ArrayList<>(known.stream().filter(d -> !d.isBefore(start) && d.isBefore(end))
                .map(d -> new Mark(d, false, "")).toList());
        if (marks.isEmpty() && !known.isEmpty()) {
            LocalDate latest = known.get(known.size() - 1);
            LocalDate carried = latest.withYear(start.getYear());
            carried = carried.isBefore(start) ? carried.plusYears(1) : carried;
            if (carried.isBefore(end)) {
                marks.add(new Mark(carried, true, ""));
            }
        }
        return marks;
    }

    /** Where a day falls, 0 at the start, 1 at the end. */
    double position(LocalDate date) {
        return (double) ChronoUnit.DAYS.between(start, date) / ChronoUnit.DAYS.between(start, end);
    }

    /** The first days of the months: the ticks. */
    List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
