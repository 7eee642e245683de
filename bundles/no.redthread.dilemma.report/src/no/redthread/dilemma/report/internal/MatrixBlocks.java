package no.redthread.dilemma.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.redthread.dilemma.matrix.Disagreement;
import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.ItemFigures;
import no.redthread.dilemma.matrix.Link;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.Block;

/**
 * What the group's matrix says, if the session has one with scores: the top of the ranking and the strongest
 * negative links (the group median, analysed by {@link MatrixAnalysis}), and the cells the group disagreed on with
 * every participant's own score, so the median never hides a disagreement.
 */
final class MatrixBlocks {

    /** How many items of the ranking and how many negative links the report shows. */
    static final int TOP = 5;

    private MatrixBlocks() {
    }

    static List<Block> blocks(Session session, Texts texts) {
        if (session.getMatrix() == null || session.getMatrix().getScores().isEmpty()) {
            return List.of();
        }
        InteractionMatrix matrix = SessionMatrices.toInteractionMatrix(session);
        MatrixAnalysis analysis = MatrixAnalysis.of(matrix);
        Map<String, String> labels = new HashMap<>();
        for (MatrixItem item : session.getMatrix().getItems()) {
            labels.put(item.getId(), Words.orEmpty(item.getLabel()).isEmpty() ? item.getId() : item.getLabel());
        }
        Map<String, String> people = new HashMap<>();
        for (Participant participant : session.getParticipants()) {
            people.put(participant.getId(), Words.orEmpty(participant.getName()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, texts.get("matrix.heading")));
        blocks.add(Block.Paragraph.note(texts.get("matrix.note", matrix.participants().size())));
        blocks.add(new Block.Heading(3, texts.get("matrix.ranking")));
        blocks.add(ranking(analysis.ranking(), labels, texts));
        blocks.add(new Block.Heading(3, texts.get("matrix.negative")));
        blocks.add(negative(analysis.strongestNegative(TOP), labels, texts));
        blocks.add(new Block.Heading(3, texts.get("matrix.disagreements")));
        blocks.add(disagreements(matrix, labels, people, texts));
        return blocks;
    }

    private static Block ranking(List<ItemFigures> ranking, Map<String, String> labels, Texts texts) {
        List<List<String>> rows = ranking.stream().limit(TOP).map(item -> List.of(Integer.toString(item.rank()),
                labels.getOrDefault(item.id(), item.id()), texts.number(item.net()), texts.number(item.secondOrder()),
                texts.number(item.total()))).toList();
        return new Block.Table(List.of(new Block.Column(texts.get("matrix.rank"), 10),
                new Block.Column(texts.get("matrix.item"), 45), new Block.Column(texts.get("matrix.net"), 15),
                new Block.Column(texts.get("matrix.second-order"), 15), new Block.Column(texts.get("matrix.total"), 15)),
                rows);
    }

    private static Block negative(List<Link> links, Map<String, String> labels, Texts texts) {
        if (links.isEmpty()) {
            return Block.Paragraph.note(texts.get("matrix.negative.none"));
        }
        List<List<String>> rows = links.stream().map(link -> List.of(labels.getOrDefault(link.from(), link.from()),
                labels.getOrDefault(link.to(), link.to()), texts.number(link.score()))).toList();
        return new Block.Table(List.of(new Block.Column(texts.get("matrix.from"), 42),
                new Block.Column(texts.get("matrix.to"), 42), new Block.Column(texts.get("matrix.median"), 16)), rows);
    }

    private static Block disagreements(InteractionMatrix matrix, Map<String, String> labels,
            Map<String, String> people, Texts texts) {
        List<Disagreement> found = matrix.disagreements();
        if (found.isEmpty()) {
            return Block.Paragraph.note(texts.get("matrix.disagreements.none"));
        }
        List<List<String>> rows = found.stream().map(cell -> List.of(labels.getOrDefault(cell.row(), cell.row()),
                labels.getOrDefault(cell.column(), cell.column()), scores(matrix, cell, people))).toList();
        return new Block.Table(List.of(new Block.Column(texts.get("matrix.from"), 30),
                new Block.Column(texts.get("matrix.to"), 30), new Block.Column(texts.get("matrix.scores"), 40)), rows);
    }

    /** Every participant's score of the cell, one per line, signed as on the scale ("Kari: −2"). */
    private static String scores(InteractionMatrix matrix, Disagreement cell, Map<String, String> people) {
        List<String> lines = new ArrayList<>();
        matrix.scores(cell.row(), cell.column()).forEach((participant, score) -> lines.add(
                people.getOrDefault(participant, participant) + ": " + signed(score.value())));
        return String.join("\n", lines);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "−" + -value : "0";
    }
}
