package org.minzheng.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.chain.AuditRecord;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionNames;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 登录日志, 操作日志, 敏感信息查看记录 and 审计日志检索: one search over the audit log, each view with its
 * category fixed. Read-only: nothing here changes the log, which the database refuses anyway.
 */
@Controller
@RequestMapping("/console/audit")
@PreAuthorize("hasAnyAuthority('audit:log:view', 'audit:login-log:view')")
class AuditEntryController {

    private static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 50_000;

    private final AuditEntryQuery entries;
    private final Messages messages;
    private final RegionNames regions;
    private final AuditLog audit;

    AuditEntryController(AuditEntryQuery entries, Messages messages, RegionNames regions, AuditLog audit) {
        this.entries = entries;
        this.messages = messages;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/{view:" + AuditView.SLUGS + "}")
    String list(
            @PathVariable("view") String slug,
            @Valid @ModelAttribute("search") AuditSearch search,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(readable(slug), search, errors, page, model);
    }

    @GetMapping("/{view:" + AuditView.SLUGS + "}/export")
    void export(
            @PathVariable("view") String slug,
            @Valid AuditSearch search,
            BindingResult errors,
            HttpServletResponse response) {
        export(readable(slug), search, errors, response);
    }

    /** The login log is for system administrators too, the other views for auditors only. */
    private static AuditView readable(String slug) {
        AuditView view = AuditView.ofSlug(slug);
        if (!CurrentStaff.authorities().contains(view.permission())) {
            throw new AccessDeniedException("Needs " + view.permission());
        }
        return view;
    }

    private String list(AuditView view, AuditSearch search, BindingResult errors, int page, Model model) {
        DataScope scope = CurrentStaff.scope();
        Optional<AuditFilter> filter = search.filter(view, scope, errors);
        AuditFilter.Sort sort = filter.map(AuditFilter::sort).orElse(AuditFilter.Sort.of(search.sort(), search.dir()));
        model.addAttribute("titleKey", view.titleKey());
        model.addAttribute("introKey", view.introKey());
        model.addAttribute("listPath", view.path());
        model.addAttribute("choosesCategory", view.choosesCategory());
        model.addAttribute("sort", sort.column());
        model.addAttribute("dir", sort.direction());
        model.addAttribute("sortBase", "?" + search.filterQuery());
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        model.addAttribute("categories", AuditCategory.values());
        model.addAttribute("invalid", filter.isEmpty());
        if (filter.isEmpty()) {
            model.addAttribute("rows", List.of());
            return "audit/entries";
        }
        Page<AuditRecord> found = entries.search(filter.get(), scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("regionNames", regionNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.queryString(sort));
        model.addAttribute("exportQuery", search.queryString(sort));
        return "audit/entries";
    }

    private void export(AuditView view, AuditSearch search, BindingResult errors, HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        // The list page shows what is wrong and offers no export link, so a bad filter here is a crafted URL.
        AuditFilter filter = search.filter(view, scope, errors)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        List<AuditRecord> found = entries.list(filter, scope, EXPORT_LIMIT + 1);
        // Who took a copy of the log out of the system is itself on the log.
        audit.record(AuditEvent.operation("audit.entries.export", "audit.entries", view.name(), scope.root())
                .withDetail(Math.min(found.size(), EXPORT_LIMIT) + " rows; " + search.filterQuery()));
        Map<String, String> names = regionNames(found);
        List<List<Object>> rows = new ArrayList<>(found.stream()
                .limit(EXPORT_LIMIT)
                .map(entry -> row(entry, names))
                .toList());
        if (found.size() > EXPORT_LIMIT) {
            rows.add(List.of(messages.get("audit.export.capped", EXPORT_LIMIT)));
        }
        ExcelExport.write(
                response,
                messages.get(view.titleKey()),
                List.of(
                        messages.get("audit.entry.time"),
                        messages.get("audit.entry.actor"),
                        messages.get("audit.entry.actorRegion"),
                        messages.get("audit.entry.category"),
                        messages.get("audit.entry.action"),
                        messages.get("audit.entry.actionCode"),
                        messages.get("audit.entry.target"),
                        messages.get("audit.entry.region"),
                        messages.get("audit.entry.outcome"),
                        messages.get("audit.entry.detail"),
                        messages.get("audit.entry.clientIp"),
                        messages.get("audit.entry.id")),
                rows);
    }

    /** Region names keyed by code, for the codes the rows carry; audit stores codes only. */
    private Map<String, String> regionNames(List<AuditRecord> rows) {
        var codes = rows.stream()
                .flatMap(entry -> java.util.stream.Stream.of(entry.actorRegion(), entry.regionCode()))
                .filter(code -> code != null && RegionCode.isValid(code))
                .map(RegionCode::of)
                .collect(Collectors.toSet());
        return regions.namesOf(codes).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    private static String named(String code, Map<String, String> names) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private List<Object> row(AuditRecord entry, Map<String, String> names) {
        return List.of(
                AuditTime.format(entry.occurredAt()),
                entry.actorUsername() == null ? messages.get("audit.entry.system") : entry.actorUsername(),
                named(entry.actorRegion(), names),
                messages.get("audit.category." + entry.category()),
                actionLabel(entry.action()),
                entry.action(),
                target(entry),
                named(entry.regionCode(), names),
                messages.get("audit.outcome." + entry.outcome()),
                orEmpty(entry.detail()),
                orEmpty(entry.clientIp()),
                entry.id());
    }

    /** The action's name from {@code audit.action.<action>}, or the code itself for an action not yet named. */
    private String actionLabel(String action) {
        String key = "audit.action." + action;
        String label = messages.get(key);
        return label.equals(key) ? action : label;
    }

    private static String target(AuditRecord entry) {
        if (entry.targetType() == null) {
            return orEmpty(entry.targetId());
        }
        return entry.targetId() == null ? entry.targetType() : entry.targetType() + " " + entry.targetId();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
