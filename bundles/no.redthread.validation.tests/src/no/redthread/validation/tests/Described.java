package no.redthread.validation.tests;

import java.util.List;
import java.util.stream.Stream;

import no.redthread.model.plan.Identified;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;

/** Findings as "rule-id subject-id" lines, so an assertion failure shows at a glance what was found. */
final class Described {

    private Described() {
    }

    static List<String> findings(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + ((Identified) f.subject()).getId()).toList();
    }

    static String finding(RedThreadRule rule, Identified subject) {
        return rule.id() + " " + subject.getId();
    }

    static List<String> only(RedThreadRule rule, Identified... subjects) {
        return Stream.of(subjects).map(subject -> finding(rule, subject)).toList();
    }
}
