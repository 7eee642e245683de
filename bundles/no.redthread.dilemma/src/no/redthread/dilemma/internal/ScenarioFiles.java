package no.redthread.dilemma.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.redthread.core.packs.LocatedJson;
import no.redthread.core.packs.PackFile;
import no.redthread.core.packs.PackReasons;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioProblem;

/**
 * The scenarios of one bundle's files. Every file is read on its own, so a refused file never stops the others; a
 * file that repeats a scenario id of an earlier file of the same bundle is refused too.
 */
record ScenarioFiles(List<Scenario> scenarios, List<ScenarioProblem> problems) {

    ScenarioFiles {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    /** Reads the files of the bundle with the given symbolic name, in the given order. */
    static ScenarioFiles read(String bundle, List<? extends PackFile> files) {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (PackFile file : files) {
            LocatedJson json = null;
            try (InputStream in = file.open()) {
                json = LocatedJson.read(in);
                List<Scenario> read = ScenarioParser.parse(json, bundle);
                for (int i = 0; i < read.size(); i++) {
                    String earlier = fileOfId.get(read.get(i).id());
                    if (earlier != null) {
                        throw new ScenarioException("scenarios[" + i + "].id", ScenarioException.reason("repeatsInBundle",
                                read.get(i).id(), earlier));
                    }
                }
                read.forEach(scenario -> fileOfId.put(scenario.id(), file.path()));
                scenarios.addAll(read);
            } catch (ScenarioException e) {
                int[] at = json.position(e.field());
                problems.add(new ScenarioProblem(bundle, file.path(), at[0], at[1], e.field(), e.getMessage()));
            } catch (JsonProcessingException e) {
                boolean located = e.getLocation() != null;
                problems.add(new ScenarioProblem(bundle, file.path(), located ? e.getLocation().getLineNr() : 0,
                        located ? e.getLocation().getColumnNr() : 0, "(file)", PackReasons.notJson(e.getOriginalMessage())));
            } catch (IOException | RuntimeException e) {
                problems.add(new ScenarioProblem(bundle, file.path(), 0, 0, "(file)", PackReasons.unreadable(String.valueOf(e.getMessage()))));
            }
        }
        return new ScenarioFiles(scenarios, problems);
    }
}
