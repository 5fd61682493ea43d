package org.minzheng.registry.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments' systems deliver records here with their API key, one kind per call. A record is identified by
 * the department's own id, so a delivery may be repeated safely. Field names and layouts:
 * docs/department-feeds.md.
 */
@RestController
@RequestMapping(FeedApiSecurity.PATH)
@PreAuthorize("hasAuthority('" + FeedDepartmentPrincipal.AUTHORITY + "')")
@Tag(name = "registry feeds", description = "Other departments' data for low-income monitoring (动态监测)")
@SecurityRequirement(name = FeedApiController.SCHEME)
@SecurityScheme(
        name = FeedApiController.SCHEME,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        paramName = FeedApiSecurity.HEADER,
        description = "The department's feed key, <code>.<secret>, issued on the console's feed import page")
class FeedApiController {

    static final String SCHEME = "feedApiKey";

    private final FeedImports imports;
    private final Messages messages;

    FeedApiController(FeedImports imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Deliver records of one kind",
            description = "kind: medical-expense, death, disability-certificate, unemployment, vehicle, property. "
                    + "Creates or updates the calling department's records by externalId. All or nothing: when any "
                    + "record is bad, none is stored and the answer lists every problem.")
    @ApiResponse(responseCode = "200", description = "Stored")
    @ApiResponse(responseCode = "400", description = "Bad records, listed in errors; nothing stored")
    @ApiResponse(responseCode = "401", description = "API key missing or wrong")
    Receipt deliver(
            @AuthenticationPrincipal FeedDepartmentPrincipal department,
            @PathVariable String kind,
            @RequestBody Delivery delivery) {
        FeedKind known = FeedKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("feed kind"));
        List<Map<String, Object>> sent =
                delivery == null || delivery.records() == null ? List.of() : delivery.records();
        if (sent.isEmpty() || sent.size() > FeedImports.MAX_RECORDS) {
            throw new FeedRefusedException(List.of(
                    new FeedProblem(-1, "", "records", sent.isEmpty() ? "feed.problem.none" : "feed.problem.tooMany")));
        }
        List<FeedDraft> drafts = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            drafts.add(draft(known, i, sent.get(i) == null ? Map.of() : sent.get(i)));
        }
        FeedReport report = imports.receive(department.code(), known, drafts);
        return new Receipt(sent.size(), report.created(), report.updated(), report.unchanged(), report.unmatched());
    }

    @ExceptionHandler(FeedRefusedException.class)
    ProblemDetail refused(FeedRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.get("feed.api.refused.detail", refused.problems().size()));
        problem.setType(URI.create("https://minzheng.org/problems/feed-records"));
        problem.setTitle(messages.get("error.400.title"));
        problem.setProperty(
                "errors",
                refused.problems().stream()
                        .map(p -> new ProblemJson(p.row(), p.externalId(), p.field(), messages.get(p.messageKey())))
                        .toList());
        return problem;
    }

    /** The JSON fields of one record become a draft; numbers are read as text except the amount in fen. */
    private static FeedDraft draft(FeedKind kind, int index, Map<String, Object> json) {
        Map<FeedField, String> values = new EnumMap<>(FeedField.class);
        List<String> unexpected = new ArrayList<>();
        Long amountFen = null;
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            FeedField field = fieldNamed(kind, entry.getKey());
            if (field == null) {
                unexpected.add(entry.getKey().length() > 30 ? entry.getKey().substring(0, 30) : entry.getKey());
            } else if (field == FeedField.AMOUNT) {
                amountFen = entry.getValue() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        ? n.longValue()
                        : Long.valueOf(0);
            } else {
                values.put(field, String.valueOf(entry.getValue()));
            }
        }
        return new FeedDraft(index, values, amountFen, unexpected);
    }

    /** The kind's field of this JSON name; the amount is {@code amountFen} in the API. */
    private static FeedField fieldNamed(FeedKind kind, String name) {
        for (FeedField field : kind.columns()) {
            String json = field == FeedField.AMOUNT ? "amountFen" : field.key();
            if (json.equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** A delivery: up to 5,000 records of one kind, each an object of the kind's fields. */
    record Delivery(List<Map<String, Object>> records) {}

    /** What a delivery changed; unmatched counts persons not in the registry (kept, matched once registered). */
    record Receipt(int received, int created, int updated, int unchanged, int unmatched) {}

    /** A bad record: its index in the delivery (-1 for the delivery as a whole), field and reason. */
    record ProblemJson(int index, String externalId, String field, String reason) {}
}
