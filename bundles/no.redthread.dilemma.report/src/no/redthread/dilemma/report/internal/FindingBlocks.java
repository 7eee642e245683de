package no.redthread.dilemma.report.internal;

import java.util.ArrayList;
import java.util.List;

import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.report.Block;

/**
 * The findings: per finding its kind, description, pulls, the plan objects it concerns, the handling in words,
 * funding schemes and follow-up, and every dissent as its author wrote it, each on its own line: a dissent is never
 * merged with others or turned into a figure.
 */
final class FindingBlocks {

    private final Texts texts;

    FindingBlocks(Texts texts) {
        this.texts = texts;
    }

    List<Block> blocks(List<Finding> findings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, texts.get("findings.heading")));
        if (findings.isEmpty()) {
            blocks.add(Block.Paragraph.note(texts.get("findings.none")));
        }
        for (int i = 0; i < findings.size(); i++) {
            blocks.addAll(finding(i + 1, findings.get(i)));
        }
        return blocks;
    }

    private List<Block> finding(int number, Finding finding) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, texts.get("finding.heading", Integer.toString(number),
                texts.of("kind", finding.getKind()))));
        SessionSection.lead(blocks, texts.get("finding.description"), Words.orEmpty(finding.getDescription()));
        SessionSection.lead(blocks, texts.get("finding.for"), Words.list(finding.getPullingFor()));
        SessionSection.lead(blocks, texts.get("finding.against"), Words.list(finding.getPullingAgainst()));
        SessionSection.lead(blocks, texts.get("finding.concerns"),
                Words.list(finding.getConcerns().stream().map(Names::of).toList()));
        // the model has no "not settled": an EMF enum starts at its first literal, as the session editor shows it
        SessionSection.lead(blocks, texts.get("finding.handling"),
                capitalised(texts.of("handling", finding.getHandling())));
        SessionSection.lead(blocks, texts.get("finding.handling-note"), Words.orEmpty(finding.getHandlingNote()));
        SessionSection.lead(blocks, texts.get("finding.funding"), Words.list(finding.getFundingSchemeIds()));
        SessionSection.lead(blocks, texts.get("finding.responsible"), Words.orEmpty(finding.getResponsible()));
        SessionSection.lead(blocks, texts.get("finding.due"),
                finding.getDueDate() == null ? "" : texts.date(finding.getDueDate()));
        if (!finding.getDissents().isEmpty()) {
            blocks.add(Block.Paragraph.note(texts.get("finding.dissents")));
            blocks.add(new Block.BulletList(finding.getDissents().stream().map(this::dissent).toList()));
        }
        return blocks;
    }

    private String dissent(Dissent dissent) {
        String name = dissent.getParticipant() == null ? texts.get("participant.unknown")
                : Words.orEmpty(dissent.getParticipant().getName());
        return name + ": " + Words.orEmpty(dissent.getText());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
