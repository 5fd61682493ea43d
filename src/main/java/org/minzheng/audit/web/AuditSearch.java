package org.minzheng.audit.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.validation.PlainText;
import org.springframework.validation.Errors;

/**
 * The filters of an audit list as typed into the form; {@link #filter} checks what annotations cannot.
 *
 * @param actor user name; a trailing {@code *} searches by prefix
 * @param region region code (2 to 12 digits) within the viewer's scope
 * @param action start of the action code
 * @param category a {@link AuditCategory} name, only on the view of all entries
 * @param outcome an {@link AuditOutcome} name
 * @param from start of the time window, as a {@code datetime-local} value in Beijing time
 * @param to end of the time window, included
 * @param text part of the detail
 */
record AuditSearch(
        @Size(max = 41, message = "{audit.search.error.tooLong}") @PlainText(allowLineBreaks = false)
        String actor,

        @Pattern(regexp = "\\d{0,12}", message = "{audit.search.error.region}")
        String region,

        @Size(max = 80, message = "{audit.search.error.tooLong}")
        @Pattern(regexp = "[a-z.-]*", message = "{audit.search.error.action}")
        String action,

        @Pattern(regexp = "|LOGIN|OPERATION|PERSONAL_DATA", message = "{audit.search.error.choice}")
        String category,

        @Pattern(regexp = "|SUCCESS|FAILURE", message = "{audit.search.error.choice}")
        String outcome,

        String from,
        String to,

        @Size(max = 100, message = "{audit.search.error.tooLong}") @PlainText(allowLineBreaks = false)
        String text,

        String sort,
        String dir) {

    private static final int MINUTE_PRECISION = "2026-01-01T00:00".length();

    AuditSearch {
        actor = clean(actor).toLowerCase(Locale.ROOT);
        region = clean(region);
        action = clean(action);
        category = clean(category);
        outcome = clean(outcome);
        from = clean(from);
        to = clean(to);
        text = clean(text);
        sort = clean(sort);
        dir = clean(dir);
    }

    /**
     * The typed filter, or empty when a field is wrong; each problem is put on {@code errors} under its field.
     *
     * @param view fixes the category unless it lets the viewer choose
     */
    Optional<AuditFilter> filter(AuditView view, DataScope scope, Errors errors) {
        if (!region.isEmpty()
                && !errors.hasFieldErrors("region")
                && !(RegionCode.isValid(region) && scope.covers(RegionCode.of(region)))) {
            errors.rejectValue("region", "audit.search.error.region");
        }
        Optional<LocalDateTime> start = time("from", from, errors);
        Optional<LocalDateTime> end = time("to", to, errors);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            errors.rejectValue("to", "audit.search.error.order");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        boolean prefix = actor.endsWith("*");
        String name = prefix ? actor.substring(0, actor.length() - 1) : actor;
        return Optional.of(new AuditFilter(
                view.choosesCategory() ? blankToNull(category, AuditCategory::valueOf) : view.category(),
                name.isEmpty() ? null : name,
                prefix,
                region.isEmpty() ? null : RegionCode.of(region).significantDigits(),
                action.isEmpty() ? null : action,
                blankToNull(outcome, AuditOutcome::valueOf),
                start.map(AuditTime::instant).orElse(null),
                end.map(local -> AuditTime.instant(
                                to.length() == MINUTE_PRECISION ? local.plusMinutes(1) : local.plusSeconds(1)))
                        .orElse(null),
                text.isEmpty() ? null : text,
                AuditFilter.Sort.of(sort, dir)));
    }

    /** The filters in use as a query string ending in {@code &} (or empty), for sort links and the export. */
    String filterQuery() {
        var query = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        fields.put("region", region);
        fields.put("action", action);
        fields.put("category", category);
        fields.put("outcome", outcome);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("text", text);
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return query.toString();
    }

    /** The filters and the order, for pager links. */
    String queryString(AuditFilter.Sort order) {
        return filterQuery() + "sort=" + order.column() + "&dir=" + order.direction() + "&";
    }

    private static Optional<LocalDateTime> time(String field, String value, Errors errors) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> parsed = AuditTime.parse(value);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "audit.search.error.time");
        }
        return parsed;
    }

    private static <T> T blankToNull(String value, java.util.function.Function<String, T> parse) {
        return value.isEmpty() ? null : parse.apply(value);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
