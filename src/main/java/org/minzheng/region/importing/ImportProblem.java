package org.minzheng.region.importing;

/**
 * A line that cannot be imported, with the message key saying why.
 *
 * @param line 1-based line number in the file, 0 for problems with the file as a whole
 */
public record ImportProblem(int line, String code, String messageKey) {}
