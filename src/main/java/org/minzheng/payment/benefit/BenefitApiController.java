package org.minzheng.payment.benefit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.minzheng.payment.benefit.BenefitRecordRepository.Upserted;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API: other departments' systems deliver their benefit records here with their API key. A
 * record is identified by the department's own id, so a delivery may be repeated safely.
 */
@RestController
@RequestMapping(PartnerApiSecurity.PATH)
@PreAuthorize("hasAuthority('" + PartnerDepartment.AUTHORITY + "')")
@Tag(name = "benefits", description = "Benefit records of other departments (医保, 人社, 残联 …) for 码上清")
@SecurityRequirement(name = BenefitApiController.SCHEME)
@SecurityScheme(
        name = BenefitApiController.SCHEME,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        paramName = PartnerApiSecurity.HEADER,
        description = "The department's API key, <code>.<secret>; it decides whose records a request may touch")
class BenefitApiController {

    static final String SCHEME = "departmentApiKey";

    private final BenefitRecords records;
    private final BenefitRecordRepository repository;
    private final Messages messages;

    BenefitApiController(BenefitRecords records, BenefitRecordRepository repository, Messages messages) {
        this.records = records;
        this.repository = repository;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Deliver benefit records",
            description = "Creates or updates the calling department's records by externalId (idempotent upsert). "
                    + "All or nothing: when any record is bad, none is stored and the answer lists every bad record.")
    @ApiResponse(responseCode = "200", description = "Stored")
    @ApiResponse(
            responseCode = "400",
            description = "Bad records, listed in errors; nothing stored",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "API key missing or wrong",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Receipt deliver(@AuthenticationPrincipal PartnerDepartment department, @RequestBody Delivery delivery) {
        List<RecordJson> sent = delivery == null || delivery.records() == null ? List.of() : delivery.records();
        if (sent.isEmpty() || sent.size() > BenefitRecords.MAX_RECORDS) {
            throw new BenefitRecords.RecordsRefused(
                    List.of(new RecordProblem(-1, "", "records", sent.isEmpty() ? "none" : "too-many")));
        }
        Upserted upserted = records.receive(
                department,
                sent.stream().map(json -> json == null ? null : json.draft()).toList());
        return new Receipt(sent.size(), upserted.created(), upserted.updated(), upserted.unchanged());
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "Read back one of the calling department's records, ID number masked")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(
            responseCode = "404",
            description = "No record of the calling department with this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    StoredJson show(@AuthenticationPrincipal PartnerDepartment department, @PathVariable String externalId) {
        return repository
                .find(department.code(), externalId)
                .map(StoredJson::of)
                .orElseThrow(() -> new NotFoundException("benefit record"));
    }

    @ExceptionHandler(BenefitRecords.RecordsRefused.class)
    ProblemDetail refused(BenefitRecords.RecordsRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.get("benefit.api.refused.detail", refused.problems().size()));
        problem.setType(URI.create("https://minzheng.org/problems/benefit-records"));
        problem.setTitle(messages.get("error.400.title"));
        problem.setProperty(
                "errors",
                refused.problems().stream()
                        .map(p -> new ProblemJson(
                                p.row(),
                                p.externalId(),
                                p.field(),
                                p.code(),
                                messages.get("benefit.field." + p.field())
                                        + messages.get("benefit.problem.separator")
                                        + messages.get(p.messageKey())))
                        .toList());
        return problem;
    }

    /** A delivery: up to 5,000 records. */
    record Delivery(List<RecordJson> records) {}

    /**
     * One record as a department sends it.
     *
     * @param externalId the department's own id of the record (letters, digits, {@code . _ : / -}, up to 64)
     * @param idNumber the person's 18-character resident ID number
     * @param phone the person's mobile, optional: lets the person sign in to 码上清 with it
     * @param month the month the benefit is for, {@code yyyy-MM}
     * @param amountFen the amount in fen (1 yuan = 100 fen), above 0
     * @param paidOn the day it was paid, {@code yyyy-MM-dd}, optional
     */
    record RecordJson(
            @Schema(example = "YB-2026-000123", requiredMode = Schema.RequiredMode.REQUIRED)
            String externalId,

            @Schema(example = "371602195603120027", requiredMode = Schema.RequiredMode.REQUIRED)
            String idNumber,

            @Schema(example = "张桂芝", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(example = "13905430001") String phone,

            @Schema(example = "门诊慢特病医疗救助", requiredMode = Schema.RequiredMode.REQUIRED)
            String benefit,

            @Schema(example = "2026-05", requiredMode = Schema.RequiredMode.REQUIRED)
            String month,

            @Schema(example = "38000", requiredMode = Schema.RequiredMode.REQUIRED)
            Long amountFen,

            @Schema(example = "2026-05-15") String paidOn,
            @Schema(example = "") String note) {

        RecordDraft draft() {
            return new RecordDraft(externalId, idNumber, name, phone, benefit, month, amountFen, paidOn, note);
        }

        @Override
        public String toString() {
            return "RecordJson[" + externalId + "]";
        }
    }

    /** What a delivery changed. */
    record Receipt(int received, int created, int updated, int unchanged) {}

    /**
     * A bad record.
     *
     * @param index the record's place in the delivery, from 0 (-1 for the delivery as a whole)
     */
    record ProblemJson(int index, String externalId, String field, String code, String reason) {}

    /** A stored record as the department reads it back. */
    record StoredJson(
            String externalId,
            String idNumberMasked,
            String name,
            String benefit,
            String month,
            long amountFen,
            String paidOn,
            String note) {

        static StoredJson of(RecordRow row) {
            return new StoredJson(
                    row.externalId(),
                    row.idNumberMasked(),
                    row.personName(),
                    row.benefitName(),
                    row.month().toString(),
                    row.amountFen(),
                    row.paidOn() == null ? null : row.paidOn().toString(),
                    row.note());
        }
    }
}
