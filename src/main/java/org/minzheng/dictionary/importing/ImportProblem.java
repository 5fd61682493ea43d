package org.minzheng.dictionary.importing;

/**
 * Why a row cannot be imported, already in the visitor's language.
 *
 * @param line 1-based row number, 0 for the file as a whole
 * @param column heading of the column at fault, empty for the whole row
 */
public record ImportProblem(int line, String code, String column, String message) {}
