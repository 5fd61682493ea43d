package org.minzheng.charity.evaluation;

/** The auditor's opinion on the financial statements (审计意见类型, 中国注册会计师审计准则第1501、1502号). */
public enum AuditOpinion {
    UNQUALIFIED,
    QUALIFIED,
    ADVERSE,
    DISCLAIMER;

    public String messageKey() {
        return "charity.auditReport.opinion." + name();
    }

    /** Whether the opinion should worry the reader; the list marks such reports. */
    public boolean adverse() {
        return this != UNQUALIFIED;
    }

    static AuditOpinion parse(String name) {
        for (AuditOpinion o : values()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }
}
