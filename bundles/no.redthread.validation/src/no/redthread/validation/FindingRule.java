package no.redthread.validation;

import java.util.Locale;

/**
 * A rule of the red thread: one of the built-in {@link RedThreadRule}s, or a rule a module contributes through a
 * {@link RuleContribution}. The id is stable (used in resource bundles, saved filters and reports: never change or
 * reuse one; a module's ids start with the kind of object they are about, e.g. {@code "application."}).
 *
 * @since 2.0
 */
public interface FindingRule {

    /** The stable id, e.g. {@code "goal.no-measure"}. */
    String id();

    Severity severity();

    /**
     * The message pattern ({@link java.text.MessageFormat}) in the given language: Norwegian bokmål ({@code nb},
     * also for {@code no}), nynorsk ({@code nn}) or English (any other). {@code {0}} is the finding's subject, the
     * finding's arguments follow from {@code {1}}, model objects named by their current label.
     */
    String pattern(Locale locale);
}
