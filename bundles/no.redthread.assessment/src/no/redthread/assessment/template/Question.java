package no.redthread.assessment.template;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of a worksheet.
 *
 * @param id stable id, unique within the template and kept across its versions, so answers survive upgrades
 * @param textNb the question in Norwegian bokmål
 * @param guidanceNb help for the person answering; empty if none
 * @param scaleId the id of the template's answer scale the question is answered on
 * @param justificationRequiredFor the ids of the options that need a justification for this question
 * @param tags free labels, e.g. {@code "arealstrategi"} or {@code "reguleringsplan"}
 */
public record Question(String id, String textNb, String guidanceNb, String scaleId,
        Set<String> justificationRequiredFor, List<String> tags) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(textNb, "textNb");
        Objects.requireNonNull(scaleId, "scaleId");
        guidanceNb = guidanceNb == null ? "" : guidanceNb;
        justificationRequiredFor = Set.copyOf(justificationRequiredFor);
        tags = List.copyOf(tags);
    }

    /** Whether an answer with the given option needs a justification. */
    public boolean requiresJustification(String optionId) {
        return justificationRequiredFor.contains(optionId);
    }
}
