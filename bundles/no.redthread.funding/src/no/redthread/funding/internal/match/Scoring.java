package no.redthread.funding.internal.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.MatchReason;
import no.redthread.funding.NextDeadline;
import no.redthread.funding.SchemeMatch;
import no.redthread.model.plan.OrganisationKind;

/**
 * Scores one scheme against a plan object. Weights: a shared theme 3, a shared SDG target 2, a shared goal with no
 * shared target 1; nothing shared leaves the scheme out. The organisation's kind allowed to apply adds 2 (and
 * intermunicipal cooperation 0.5 for a municipality); not allowed halves the score. A deadline within a year, or
 * continuous applications, adds 1.
 */
final class Scoring {

    private static final int DEADLINE_HORIZON_DAYS = 365;

    private final PlanFacts facts;
    private final LocalDate today;
    private final MatchTexts texts;
    private final Function<String, String> themeName;

    Scoring(PlanFacts facts, LocalDate today, MatchTexts texts, Function<String, String> themeName) {
        this.facts = facts;
        this.today = today;
        this.texts = texts;
        this.themeName = themeName;
    }

    Optional<SchemeMatch> score(FundingScheme scheme) {
        List<MatchReason> reasons = new ArrayList<>();
        double score = 0;
        for (String theme : scheme.themeIds()) {
            if (facts.themeIds().contains(theme)) {
                reasons.add(new MatchReason(MatchReason.Kind.THEME, theme, texts.get("reason.theme", themeName.apply(theme))));
                score += 3;
            }
        }
        List<Integer> goalsWithTarget = new ArrayList<>();
        for (String target : scheme.sdgTargets()) {
            if (facts.targetCodes().contains(target)) {
                reasons.add(new MatchReason(MatchReason.Kind.SDG_TARGET, target, texts.get("reason.target", target)));
                goalsWithTarget.add(Integer.parseInt(target.substring(0, target.indexOf('.'))));
                score += 2;
            }
        }
        for (Integer goal : scheme.sdgGoals()) {
            if (facts.goals().contains(goal) && !goalsWithTarget.contains(goal)) {
                reasons.add(new MatchReason(MatchReason.Kind.SDG_GOAL, goal.toString(), texts.get("reason.goal", goal)));
                score += 1;
            }
        }
        if (score == 0) {
            return Optional.empty();
        }
        score = applicant(scheme, score, reasons);
        score += deadline(scheme.deadline(), reasons);
        return Optional.of(new SchemeMatch(scheme, score, reasons));
    }

    private double applicant(FundingScheme scheme, double score, List<MatchReason> reasons) {
        if (facts.kind().isEmpty()) {
            return score;
        }
        ApplicantType own = facts.kind().get() == OrganisationKind.COUNTY ? ApplicantType.COUNTY : ApplicantType.MUNICIPALITY;
        double result = score;
        if (scheme.applicants().contains(own)) {
            reasons.add(new MatchReason(MatchReason.Kind.APPLICANT, own.code(), texts.get(key(own))));
            result += 2;
        } else {
            result /= 2;
        }
        if (own == ApplicantType.MUNICIPALITY && scheme.applicants().contains(ApplicantType.INTERMUNICIPAL)) {
            reasons.add(new MatchReason(MatchReason.Kind.APPLICANT, ApplicantType.INTERMUNICIPAL.code(),
                    texts.get("reason.applicant.interkommunalt")));
            result += 0.5;
        }
        return result;
    }

    private static String key(ApplicantType type) {
        return type == ApplicantType.COUNTY ? "reason.applicant.fylkeskommune" : "reason.applicant.kommune";
    }

    private double deadline(Deadline deadline, List<MatchReason> reasons) {
        if (deadline.kind() == Deadline.Kind.CONTINUOUS) {
            reasons.add(new MatchReason(MatchReason.Kind.DEADLINE, "continuous", texts.get("reason.continuous")));
            return 1;
        }
        Optional<NextDeadline> next = Deadlines.next(deadline, today);
        if (next.isEmpty() || next.get().date().isAfter(today.plusDays(DEADLINE_HORIZON_DAYS))) {
            return 0;
        }
        String date = texts.date(next.get().date(), today);
        reasons.add(new MatchReason(MatchReason.Kind.DEADLINE, next.get().date().toString(),
                texts.get(next.get().estimated() ? "reason.deadline.estimated" : "reason.deadline", date)));
        return 1;
    }
}
