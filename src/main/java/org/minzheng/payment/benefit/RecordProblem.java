package org.minzheng.payment.benefit;

/**
 * Why a record was refused.
 *
 * @param row the record's place: the 0-based index in an API delivery, the Excel row number in a file
 * @param externalId the record id as given, possibly blank
 * @param field the field at fault, as the API names it
 * @param code the reason, also the message key suffix {@code benefit.problem.<code>}
 */
record RecordProblem(int row, String externalId, String field, String code) {

    public String messageKey() {
        return "benefit.problem." + code;
    }
}
