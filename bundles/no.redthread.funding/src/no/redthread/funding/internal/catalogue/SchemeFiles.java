package no.redthread.funding.internal.catalogue;

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
import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingScheme;

/**
 * The schemes of one bundle's files. Every file is read on its own, so a refused file never stops the others; a
 * file that repeats a scheme id of an earlier file of the same bundle is refused too.
 */
record SchemeFiles(List<FundingScheme> schemes, List<CatalogueProblem> problems) {


    SchemeFiles {
        schemes = List.copyOf(schemes);
        problems = List.copyOf(problems);
    }

    /** Reads the files of the bundle with the given symbolic name, in the given order. */
    static SchemeFiles read(String bundle, List<? extends PackFile> files) {
        List<FundingScheme> schemes = new ArrayList<>();
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (PackFile file : files) {
            LocatedJson json = null;
            try (InputStream in = file.open()) {
                json = LocatedJson.read(in);
                List<FundingScheme> read = SchemeParser.parse(json, bundle);
                for (int i = 0; i < read.size(); i++) {
                    String earlier = fileOfId.get(read.get(i).id());
                    if (earlier != null) {
                        throw new SchemeException("schemes[" + i + "].id", SchemeException.reason("repeatsInBundle",
                                read.get(i).id(), earlier));
                    }
                }
                read.forEach(scheme -> fileOfId.put(scheme.id(), file.path()));
                schemes.addAll(read);
            } catch (SchemeException e) {
                int[] at = json.position(e.field());
                problems.add(new CatalogueProblem(bundle, file.path(), at[0], at[1], e.field(), e.getMessage()));
            } catch (JsonProcessingException e) {
                problems.add(new CatalogueProblem(bundle, file.path(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "(file)",
                        PackReasons.notJson(e.getOriginalMessage())));
            } catch (IOException | RuntimeException e) {
                problems.add(new CatalogueProblem(bundle, file.path(), 0, 0, "(file)", PackReasons.unreadable(String.valueOf(e.getMessage()))));
            }
        }
        return new SchemeFiles(schemes, problems);
    }
}
