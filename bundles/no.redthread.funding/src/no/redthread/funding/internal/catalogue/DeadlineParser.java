package no.redthread.funding.internal.catalogue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import no.redthread.funding.Amount;
import no.redthread.funding.Deadline;

/** The deadline and amount objects of a scheme file. */
final class DeadlineParser {

    static final Set<String> DEADLINE_FIELDS = Set.of("kind", "dates", "rounds", "checkedYear", "note");
    static final Set<String> AMOUNT_FIELDS = Set.of("maxPerApplication", "yearlyBudget", "budgetYear",
            "coFundingShare", "note");
    static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

    private DeadlineParser() {
    }

    static Deadline deadline(Fields deadline) throws SchemeException {
        deadline.allowOnly(DEADLINE_FIELDS);
        String kindText = deadline.text("kind");
        Deadline.Kind kind;
        try {
            kind = Deadline.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SchemeException(deadline.path("kind"), SchemeException.reason("deadlineKind", kindText));
        }
        if (!kindText.equals(kindText.toLowerCase(Locale.ROOT))) {
            throw new SchemeException(deadline.path("kind"), SchemeException.reason("lowerCase", kindText.toLowerCase(Locale.ROOT)));
        }
        only(deadline, "dates", kind == Deadline.Kind.ANNUAL);
        only(deadline, "rounds", kind == Deadline.Kind.ROUNDS);
        List<MonthDay> dates = new ArrayList<>();
        List<String> dateTexts = deadline.strings("dates", kind == Deadline.Kind.ANNUAL ? 1 : 0, MONTH_DAY,
                "a day of the year (MM-DD, e.g. 02-15)");
        for (int i = 0; i < dateTexts.size(); i++) {
            dates.add(SchemeParser.monthDay(deadline.path("dates") + "[" + i + "]", dateTexts.get(i)));
        }
        List<LocalDate> rounds = new ArrayList<>();
        List<String> roundTexts = deadline.strings("rounds", kind == Deadline.Kind.ROUNDS ? 1 : 0, SchemeParser.DATE,
                "a date (YYYY-MM-DD)");
        for (int i = 0; i < roundTexts.size(); i++) {
            rounds.add(SchemeParser.date(deadline.path("rounds") + "[" + i + "]", roundTexts.get(i)));
        }
        return new Deadline(kind, dates, rounds, deadline.integer("checkedYear", 1990, 2200),
                deadline.optionalText("note"));
    }

    private static void only(Fields deadline, String name, boolean allowed) throws SchemeException {
        if (!allowed && deadline.has(name)) {
            throw new SchemeException(deadline.path(name), SchemeException.reason("kindOnly",
                    name.equals("dates") ? "annual" : "rounds"));
        }
    }

    static Amount amount(Fields amount) throws SchemeException {
        amount.allowOnly(AMOUNT_FIELDS);
        long max = amount.optionalAmount("maxPerApplication");
        long budget = amount.optionalAmount("yearlyBudget");
        double share = amount.optionalShare("coFundingShare");
        int year = amount.has("budgetYear") ? amount.integer("budgetYear", 1990, 2200) : 0;
        return new Amount(max < 0 ? OptionalLong.empty() : OptionalLong.of(max),
                budget < 0 ? OptionalLong.empty() : OptionalLong.of(budget), year,
                Double.isNaN(share) ? OptionalDouble.empty() : OptionalDouble.of(share), amount.optionalText("note"));
    }
}
