package no.redthread.assessment.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;

/**
 * The assessments an assessment can be compared with: its previous assessment (which may assess another plan object,
 * a revised plan), then the other assessments of the same plan or case in the workspace, newest first.
 *
 * @param assessments the candidates in the order the combo lists them
 * @param preselected the previous assessment; without one the newest candidate created before the assessment, since
 *            few users link revisions by hand; null when there is none
 */
record ComparisonCandidates(List<Assessment> assessments, Assessment preselected) {

    static ComparisonCandidates of(Assessment current) {
        if (current == null || !(current.eContainer() instanceof AssessmentSet set)) {
            return new ComparisonCandidates(List.of(), null);
        }
        List<Assessment> all = set.getAssessments();
        List<Assessment> others = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) { // later in the set is newer when the times are equal
            Assessment other = all.get(i);
            if (other != current && other.subject() != null && other.subject() == current.subject()) {
                others.add(other);
            }
        }
        others.sort(Comparator.comparing(Assessment::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        Assessment previous = current.getPrevious();
        List<Assessment> candidates = new ArrayList<>();
        if (previous != null && previous.eContainer() instanceof AssessmentSet) {
            candidates.add(previous);
            others.remove(previous);
        }
        candidates.addAll(others);
        Assessment preselected = previous != null && candidates.contains(previous) ? previous
                : others.stream().filter(other -> earlier(other, current, all)).findFirst().orElse(null);
        return new ComparisonCandidates(List.copyOf(candidates), preselected);
    }

    private static boolean earlier(Assessment other, Assessment current, List<Assessment> all) {
        Instant otherTime = other.getCreatedAt();
        Instant currentTime = current.getCreatedAt();
        if (otherTime != null && currentTime != null && !otherTime.equals(currentTime)) {
            return otherTime.isBefore(currentTime);
        }
        return all.indexOf(other) < all.indexOf(current);
    }
}
