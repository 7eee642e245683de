package no.redthread.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import no.redthread.validation.internal.Messages;

/**
 * One break in the red thread.
 *
 * @param rule the rule that found it: a built-in {@link RedThreadRule} or a module's (since 2.0; before, the type was
 *        {@code RedThreadRule}, which is a {@link FindingRule})
 * @param subject the model object it is about, so a view can select and reveal it
 * @param arguments what the message names besides the subject: model objects (named by their current label when
 *        the message is made, so a renamed object reads right) and plan kinds
 */
public record Finding(FindingRule rule, EObject subject, List<Object> arguments) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        arguments = List.copyOf(arguments);
    }

    /** A finding whose message names only its subject. */
    public Finding(FindingRule rule, EObject subject) {
        this(rule, subject, List.of());
    }

    /** The rule's stable id, e.g. {@code "measure.no-goal"}. */
    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /**
     * The message in the given language: Norwegian bokmål ({@code nb}, also for {@code no}), nynorsk ({@code nn})
     * or English (any other language). It names the subject first.
     */
    public String message(Locale locale) {
        return Messages.finding(locale, rule.pattern(locale), subject, arguments);
    }

    /** The message in the default locale, which the workbench sets from the user's language preference. */
    public String message() {
        return message(Locale.getDefault());
    }
}
