package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/**
 * A one-paragraph conclusion for a dimension the assessor has not concluded on: how the questions were answered,
 * which themes are weak and why, and where the answers may pull against each other. Counts use the worksheet's
 * own option labels, so a saksbehandling worksheet says "negativ virkning" where a plan worksheet says
 * "ikke ivaretatt".
 */
final class GeneratedConclusion {

    private final FormTemplate template;
    private final AnswerLookup answers;

    GeneratedConclusion(FormTemplate template, AnswerLookup answers) {
        this.template = template;
        this.answers = answers;
    }

    String text(DimensionSummary dimension, List<WeakTheme> weak, long gaps, List<ConflictCandidate> conflicts) {
        int total = dimension.completion().total();
        int answered = dimension.completion().answered();
        if (total == 0) {
            return "Skjemaet har ingen spørsmål i denne dimensjonen.";
        }
        if (answered == 0) {
            return total == 1 ? "Spørsmålet er ikke besvart ennå."
                    : "Ingen av de " + total + " spørsmålene er besvart ennå.";
        }
        List<PlacedQuestion> questions = questionsOf(dimension.dimensionId());
        List<String> sentences = new ArrayList<>();
        String answeredPart = answered == total ? (total == 1 ? "Spørsmålet er besvart" : "Alle " + total
                + " spørsmål er besvart") : answered + " av " + total + " spørsmål er besvart";
        sentences.add(answeredPart + ": " + counts(questions, meaning -> meaning.countsAsAnswered()) + ".");
        if (!weak.isEmpty()) {
            sentences.add((weak.size() == 1 ? "Svakt tema: " : "Svake temaer: ") + Words.list(weak.stream()
                    .map(theme -> theme.nameNb() + " (" + counts(ofTheme(questions, theme.themeId()),
                            AnswerMeaning::isGap) + ")").toList()) + ".");
        } else {
            sentences.add("Ingen temaer er vurdert som svake"
                    + (gaps == 0 ? "." : ", men " + gaps + " svar viser mangler."));
        }
        if (gaps > 0) {
            sentences.add("Manglene er listet under «Mangler og avvik».");
        }
        if (!conflicts.isEmpty()) {
            sentences.add("Svarene trekker i hver sin retning for " + Words.list(conflicts.stream()
                    .map(ConflictCandidate::nameNb).toList()) + " (mulig målkonflikt).");
        }
        return String.join(" ", sentences);
    }

    private List<PlacedQuestion> questionsOf(String dimensionId) {
        return template.questions().stream().filter(q -> q.dimension().id().equals(dimensionId)).toList();
    }

    private static List<PlacedQuestion> ofTheme(List<PlacedQuestion> questions, String themeId) {
        return questions.stream().filter(q -> q.theme().id().equals(themeId)).toList();
    }

    /** "5 ivaretatt, 2 delvis ivaretatt og 1 ikke relevant", in the order of the worksheet's scales. */
    private String counts(List<PlacedQuestion> questions, Predicate<AnswerMeaning> counted) {
        Map<String, Integer> byOption = new LinkedHashMap<>();
        for (PlacedQuestion question : questions) {
            String scaleId = question.question().scaleId();
            answers.option(question).filter(option -> counted.test(option.meaning()))
                    .ifPresent(option -> byOption.merge(scaleId + "/" + option.id(), 1, Integer::sum));
        }
        // options of several scales may share a label; count them together, in scale order
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        template.scales().forEach(scale -> scale.options().forEach(option -> {
            Integer n = byOption.get(scale.id() + "/" + option.id());
            if (n != null) {
                byLabel.merge(Words.inSentence(option.labelNb()), n, Integer::sum);
            }
        }));
        return Words.list(byLabel.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey()).toList());
    }
}
