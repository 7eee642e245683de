package no.redthread.indicators.internal.sets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.redthread.core.packs.LocatedJson;
import no.redthread.core.packs.PackFile;
import no.redthread.core.packs.PackReasons;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackProblem;

/**
 * The sets of one bundle's files. Every file is read on its own, so a refused file never stops the others; a
 * header that names a missing file (the older form lists files), or no set file at all, is a problem too.
 */
record SetFiles(List<IndicatorSet> sets, List<PackProblem> problems) {

    SetFiles {
        sets = List.copyOf(sets);
        problems = List.copyOf(problems);
    }

    static SetFiles read(String bundle, String header, List<? extends PackFile> files) {
        List<IndicatorSet> sets = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (String part : header.split(",")) {
            String path = part.strip().startsWith("/") ? part.strip().substring(1) : part.strip();
            if (path.endsWith(".json") && files.stream().noneMatch(file -> file.path().equals(path))) {
                problems.add(problem(bundle, path, 0, 0, IndicatorSets.MANIFEST_HEADER,
                        SetFileException.reason("missingFile")));
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(problem(bundle, "META-INF/MANIFEST.MF", 0, 0, IndicatorSets.MANIFEST_HEADER,
                    SetFileException.reason("noFiles", header)));
        }
        for (PackFile file : files) {
            LocatedJson json = null;
            try (InputStream in = file.open()) {
                json = LocatedJson.read(in);
                sets.add(IndicatorSetReader.read(json));
            } catch (SetFileException e) {
                int[] at = json.position(e.field());
                problems.add(problem(bundle, file.path(), at[0], at[1], e.field(), e.getMessage()));
            } catch (JsonProcessingException e) {
                problems.add(problem(bundle, file.path(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "(file)",
                        PackReasons.notJson(e.getOriginalMessage())));
            } catch (IOException | RuntimeException e) {
                problems.add(problem(bundle, file.path(), 0, 0, "(file)", PackReasons.unreadable(String.valueOf(e.getMessage()))));
            }
        }
        return new SetFiles(sets, problems);
    }

    private static PackProblem problem(String bundle, String file, int line, int column, String field, String message) {
        return new PackProblem(bundle, ContentPackReport.INDICATOR_SETS, file, line, column, field, message);
    }
}
