package org.minzheng.audit.web;

import org.minzheng.audit.AuditCategory;

/**
 * The console's views of the one audit log. Each is the same search with a fixed category; the login log
 * has its own permission because system administrators read it, while the other views are for auditors
 * only (三权分立).
 */
enum AuditView {
    LOGIN_LOG("login-log", AuditCategory.LOGIN, "audit:login-log:view"),
    OPERATIONS("operations", AuditCategory.OPERATION, "audit:log:view"),
    PERSONAL_DATA("personal-data", AuditCategory.PERSONAL_DATA, "audit:log:view"),
    ENTRIES("entries", null, "audit:log:view");

    /** Path pattern matching exactly the views' slugs. */
    static final String SLUGS = "login-log|operations|personal-data|entries";

    private final String slug;
    private final AuditCategory category;
    private final String permission;

    AuditView(String slug, AuditCategory category, String permission) {
        this.slug = slug;
        this.category = category;
        this.permission = permission;
    }

    static AuditView ofSlug(String slug) {
        for (AuditView view : values()) {
            if (view.slug.equals(slug)) {
                return view;
            }
        }
        throw new IllegalArgumentException("No audit view " + slug);
    }

    /** Who may read this view. */
    String permission() {
        return permission;
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
