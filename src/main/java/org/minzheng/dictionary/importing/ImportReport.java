package org.minzheng.dictionary.importing;

import java.util.List;

/**
 * What an import did. When {@link #problems()} is not empty nothing was stored.
 *
 * @param read data rows in the file
 * @param problems the first problems found, at most {@link #MAX_SHOWN}
 * @param totalProblems all problems found
 */
public record ImportReport(int read, int inserted, int updated, List<ImportProblem> problems, int totalProblems) {

    static final int MAX_SHOWN = 200;

    static ImportReport rejected(int read, List<ImportProblem> problems) {
        return new ImportReport(read, 0, 0, problems.stream().limit(MAX_SHOWN).toList(), problems.size());
    }

    public boolean stored() {
        return totalProblems == 0;
    }
}
