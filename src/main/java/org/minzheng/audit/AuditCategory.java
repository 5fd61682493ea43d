package org.minzheng.audit;

/** Which log view an audit entry belongs to. */
public enum AuditCategory {
    /** 登录日志: sign-in, sign-out, failures, lockouts. */
    LOGIN,
    /** 操作日志: state changes made by staff. */
    OPERATION,
    /** 敏感信息查看: every reveal of unmasked personal data. */
    PERSONAL_DATA
}
