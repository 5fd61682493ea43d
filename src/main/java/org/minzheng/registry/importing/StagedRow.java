package org.minzheng.registry.importing;

import java.time.LocalDate;

/**
 * One person row of the collection file as it goes into the staging table: the values as the register
 * would store them when the row is valid, or only what identifies the row and its {@code problem}.
 *
 * @param categories a PostgreSQL array literal of category codes, in the register's order
 */
record StagedRow(
        int line,
        String householdKey,
        boolean head,
        String regionCode,
        String address,
        String hukouType,
        String categories,
        Long assetsFen,
        String name,
        String idNumberMasked,
        byte[] idNumberCipher,
        String idNumberIndex,
        String sex,
        LocalDate birthDate,
        String relationship,
        String workAbility,
        String disabilityCategory,
        String disabilityGrade,
        Long monthlyIncomeFen,
        RowProblem problem,
        String problemDetail) {

    static StagedRow rejected(
            int line,
            String householdKey,
            boolean head,
            String name,
            String idNumberMasked,
            RowProblem problem,
            String detail) {
        return new StagedRow(
                line,
                householdKey,
                head,
                null,
                null,
                null,
                null,
                null,
                name,
                idNumberMasked,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                problem,
                detail);
    }

    @Override
    public String toString() {
        // the ciphertext and index are personal data in another form: never in a log
        return "StagedRow[line=" + line + ", problem=" + problem + "]";
    }
}
