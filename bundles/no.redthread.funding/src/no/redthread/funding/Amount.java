package no.redthread.funding;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a scheme gives, where the source says. Every part may be missing.
 *
 * @param maxPerApplication the most one application can get, in NOK
 * @param yearlyBudget the scheme's total yearly budget, in NOK
 * @param budgetYear the year {@code yearlyBudget} applies to (0 if unknown)
 * @param coFundingShare the share (0–1) the applicant must fund itself
 * @param note the source's wording (may be empty)
 */
public record Amount(OptionalLong maxPerApplication, OptionalLong yearlyBudget, int budgetYear,
        OptionalDouble coFundingShare, String note) {

    public static final Amount UNKNOWN = new Amount(OptionalLong.empty(), OptionalLong.empty(), 0,
            OptionalDouble.empty(), "");

    public Amount {
        note = note == null ? "" : note;
    }
}
