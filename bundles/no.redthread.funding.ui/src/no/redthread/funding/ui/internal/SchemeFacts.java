package no.redthread.funding.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.redthread.funding.Amount;
import no.redthread.funding.Deadline;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;

/** Every field of a scheme as label and text, in the order the detail part shows them. No SWT. */
final class SchemeFacts {

    /** One row: the label ("Frist") and the text; the url row's text is the address. */
    record Fact(String key, String label, String text) {
    }

    private SchemeFacts() {
    }

    static List<Fact> of(FundingScheme scheme, LocalDate today, FacetLabels labels, Function<String, String> packName) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "nameEn", scheme.nameEn());
        add(facts, "owner", scheme.owner());
        add(facts, "purpose", scheme.purpose());
        add(facts, "applicants", scheme.applicants().stream().sorted().map(t -> Messages.get("applicant." + t.name()))
                .collect(Collectors.joining(", ")));
        add(facts, "applicantsNote", scheme.applicantsNote());
        add(facts, "dimensions", join(scheme.dimensionIds().stream().map(id -> labels.value(no.redthread.funding.Facet.DIMENSION, id))));
        add(facts, "themes", join(scheme.themeIds().stream().map(labels::theme)));
        add(facts, "sdgs", join(scheme.sdgGoals().stream().map(goal -> labels.sdg(String.valueOf(goal)))));
        add(facts, "sdgTargets", String.join(", ", scheme.sdgTargets()));
        add(facts, "nextDeadline", Formats.nextDeadline(scheme.deadline(), Deadlines.next(scheme.deadline(), today)));
        add(facts, "deadline", deadline(scheme.deadline()));
        add(facts, "deadlineNote", scheme.deadline().note());
        amount(facts, scheme.amount());
        add(facts, "channel", scheme.channel());
        add(facts, "url", scheme.url() == null ? "" : scheme.url().toString());
        add(facts, "source", scheme.source());
        add(facts, "lastChecked", Formats.date(scheme.lastChecked()));
        add(facts, "origin", FundingScheme.SHIPPED.equals(scheme.origin()) ? Messages.get("fact.origin.shipped")
                : packName.apply(scheme.origin()));
        return facts;
    }

    /** The deadline as the source gives it: "hvert år 15. februar", the listed rounds, "løpende" or "ukjent". */
    static String deadline(Deadline deadline) {
        return switch (deadline.kind()) {
            case ANNUAL -> Messages.get("deadline.annual", deadline.annualDates().stream()
                    .map(day -> Formats.date(day.atYear(2000)).replace(" 2000", "")).collect(Collectors.joining(", ")));
            case ROUNDS -> Messages.get("deadline.rounds", deadline.rounds().stream().map(Formats::date)
                    .collect(Collectors.joining(", ")));
            case CONTINUOUS -> Messages.get("deadline.continuous");
            case UNKNOWN -> Messages.get("deadline.unknown");
        };
    }

    private static void amount(List<Fact> facts, Amount amount) {
        add(facts, "maxPerApplication", amount.maxPerApplication().isPresent()
                ? Formats.amount(amount.maxPerApplication().getAsLong()) : "");
        if (amount.yearlyBudget().isPresent()) {
            String budget = Formats.amount(amount.yearlyBudget().getAsLong());
            add(facts, "yearlyBudget", amount.budgetYear() > 0 ? budget + " (" + amount.budgetYear() + ")" : budget);
        }
        if (amount.coFundingShare().isPresent()) {
            add(facts, "coFunding", Math.round(amount.coFundingShare().getAsDouble() * 100) + " %");
        }
        add(facts, "amountNote", amount.note());
    }

    private static String join(java.util.stream.Stream<String> texts) {
        return texts.collect(Collectors.joining(", "));
    }

    private static void add(List<Fact> facts, String key, String text) {
        if (text != null && !text.isBlank()) {
            facts.add(new Fact(key, Messages.get("fact." + key), text));
        }
    }
}
