package org.minzheng.region.importing;

import java.util.List;

/**
 * What an import did. When {@link #problems()} is not empty nothing was stored.
 *
 * @param outsideScope lines for regions outside the importer's own region, left alone (a national
 *     file may be imported as it is)
 * @param problems the first problems found, at most {@link #MAX_SHOWN}
 * @param totalProblems all problems found
 */
public record ImportReport(
        int read, int inserted, int updated, int outsideScope, List<ImportProblem> problems, int totalProblems) {

    static final int MAX_SHOWN = 200;

    static ImportReport rejected(int read, List<ImportProblem> problems) {
        return new ImportReport(
                read, 0, 0, 0, problems.stream().limit(MAX_SHOWN).toList(), problems.size());
    }

    public boolean stored() {
        return totalProblems == 0;
    }
}
