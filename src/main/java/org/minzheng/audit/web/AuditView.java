package org.minzheng.audit.web;

import org.minzheng.audit.AuditCategory;

/**
 * The console's views of the one audit log. Each is the same search with a fixed category; the login log
 * has its own permission because system administrators read it, while the other views are for auditors
 * only (三权分立).
 */
enum AuditView {
    LOGIN_LOG("login-log", AuditCategory.LOGIN),
    OPERATIONS("operations", AuditCategory.OPERATION),
    PERSONAL_DATA("personal-data", AuditCategory.PERSONAL_DATA),
    ENTRIES("entries", null);

    private final String slug;
    private final AuditCategory category;

    AuditView(String slug, AuditCategory category) {
        this.slug = slug;
        this.category = category;
    }

    String path() {
        return "/console/audit/" + slug;
    }

    String titleKey() {
        return "audit.view." + slug;
    }

    String introKey() {
        return "audit.view." + slug + ".intro";
    }

    /** The category every entry of this view has, or null when the viewer chooses. */
    AuditCategory category() {
        return category;
    }

    boolean choosesCategory() {
        return category == null;
    }
}
