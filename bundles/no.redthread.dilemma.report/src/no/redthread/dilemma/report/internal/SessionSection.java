package no.redthread.dilemma.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/**
 * Builds the section "Målkonflikter og avveiinger" from a session: who met about what, then the findings and the
 * matrix. The wording is the report's only; the renderers lay it out.
 */
final class SessionSection {

    private SessionSection() {
    }

    /** @param scenario the session's scenario from the library, if it has one and the library knows it */
    static ReportSection build(Session session, Optional<Scenario> scenario, Texts texts) {
        List<Block> blocks = new ArrayList<>();
        lead(blocks, texts.get("overview.session"), title(session, texts));
        lead(blocks, texts.get("overview.scenario"),
                scenario.map(Scenario::title).orElse(Words.orEmpty(session.getScenarioId())));
        lead(blocks, texts.get("overview.case"), session.getCaseObject() == null ? ""
                : Names.of(session.getCaseObject()));
        lead(blocks, texts.get("overview.date"), session.getDate() == null ? "" : texts.date(session.getDate()));
        lead(blocks, texts.get("overview.facilitator"), Words.orEmpty(session.getFacilitator()));
        blocks.add(new Block.Heading(2, texts.get("participants.heading")));
        blocks.add(participants(session.getParticipants(), texts));
        blocks.addAll(new FindingBlocks(texts).blocks(session.getFindings()));
        blocks.addAll(MatrixBlocks.blocks(session, texts));
        List<String> keywords = Arrays.stream(texts.get("section.keywords").split(",")).map(String::strip).toList();
        return new ReportSection(texts.get("section.title"), keywords, blocks);
    }

    static String title(Session session, Texts texts) {
        return Words.orEmpty(session.getTitle()).isEmpty() ? texts.get("session.untitled") : session.getTitle().strip();
    }

    /** A line with a bold lead-in, left out if there is nothing to say. */
    static void lead(List<Block> blocks, String lead, String text) {
        if (!text.isBlank()) {
            blocks.add(new Block.Paragraph(lead, text.strip(), Block.Style.BODY));
        }
    }

    private static Block participants(List<Participant> participants, Texts texts) {
        if (participants.isEmpty()) {
            return Block.Paragraph.note(texts.get("participants.none"));
        }
        List<Block.Column> columns = List.of(new Block.Column(texts.get("participants.name"), 40),
                new Block.Column(texts.get("participants.role"), 35),
                new Block.Column(texts.get("participants.sector"), 25));
        List<List<String>> rows = participants.stream().map(participant -> List.of(
                Words.orEmpty(participant.getName()), Words.orEmpty(participant.getRole()),
                Words.orEmpty(participant.getSector()))).toList();
        return new Block.Table(columns, rows);
    }
}
