package org.minzheng.payment.payroll;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.assistance.Programme;
import org.minzheng.payment.payroll.PayrollRepository.Batch;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 发放工资单: the county's monthly payrolls, their review by township, bank files and return files. */
@Controller
@RequestMapping(PayrollController.BASE)
@PreAuthorize("hasAuthority('payment:payroll:view')")
class PayrollController {

    static final String BASE = "/console/payment/payrolls";
    private static final int PAGE_SIZE = 30;
    private static final int EXPORT_LIMIT = 100_000;
    private static final long MAX_RETURN_BYTES = 20L * 1024 * 1024;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MANAGE = "hasAuthority('payment:payroll:manage')";

    private final Payrolls payrolls;
    private final Regions regions;
    private final Messages messages;

    PayrollController(Payrolls payrolls, Regions regions, Messages messages) {
        this.payrolls = payrolls;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String month,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        String knownProgramme = known(programme);
        Optional<YearMonth> knownMonth = month(month);
        List<Payroll> found = payrolls.list(
                scope, knownProgramme, knownMonth.map(m -> m.atDay(1)).orElse(null));
        model.addAttribute("payrolls", found);
        model.addAttribute(
                "countyNames",
                regions.namesOf(found.stream().map(Payroll::county).distinct().toList()));
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("programme", knownProgramme);
        model.addAttribute("month", knownMonth.map(YearMonth::toString).orElse(""));
        model.addAttribute("counties", counties(scope));
        model.addAttribute("thisMonth", YearMonth.now(CHINA).toString());
        return "payment/payroll/list";
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String generate(
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String month,
            RedirectAttributes redirect) {
        Optional<YearMonth> knownMonth = month(month);
        String knownProgramme = known(programme);
        if (!RegionCode.isValid(county) || knownProgramme.isEmpty() || knownMonth.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get("payment.generate.required"));
            return "redirect:" + BASE;
        }
        if (knownMonth.get().isAfter(YearMonth.now(CHINA).plusMonths(1))) {
            redirect.addFlashAttribute("flashError", messages.get("payment.generate.tooEarly"));
            return "redirect:" + BASE;
        }
        try {
            Payrolls.Generated generated = payrolls.generate(
                    RegionCode.of(county), Programme.valueOf(knownProgramme), knownMonth.get(), CurrentStaff.scope());
            redirect.addFlashAttribute("flashSuccess", messages.get("payment.generated.flash", generated.added()));
            if (generated.withoutAccount() > 0) {
                redirect.addFlashAttribute(
                        "flashError", messages.get("payment.generated.withoutAccount", generated.withoutAccount()));
            }
            return "redirect:" + BASE + "/" + generated.payrollId();
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            return "redirect:" + BASE;
        }
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String township,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        Payroll payroll = payrolls.find(id, scope);
        String knownStatus = Arrays.stream(PaymentStatus.values())
                .map(Enum::name)
                .filter(status::equals)
                .findFirst()
                .orElse("");
        String knownTownship = township.matches("[0-9]{9}") ? township : "";
        List<Totals> totals = payrolls.totals(id, scope);
        Page<PaymentRow> rows =
                payrolls.payments(id, scope, knownStatus, knownTownship, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("payroll", payroll);
        model.addAttribute("countyName", regions.nameOf(payroll.county()));
        model.addAttribute("overall", totals.get(0));
        model.addAttribute("townships", totals.subList(1, totals.size()));
        model.addAttribute(
                "placeNames",
                regions.namesOf(totals.subList(1, totals.size()).stream()
                        .map(Totals::place)
                        .toList()));
        model.addAttribute("rows", rows.getContent());
        model.addAttribute(
                "villageNames",
                regions.namesOf(rows.getContent().stream()
                        .map(PaymentRow::village)
                        .distinct()
                        .toList()));
        model.addAttribute("pages", PageLinks.of(rows));
        model.addAttribute("pageBase", "?status=" + knownStatus + "&township=" + knownTownship + "&");
        model.addAttribute("status", knownStatus);
        model.addAttribute("township", knownTownship);
        model.addAttribute("statuses", PaymentStatus.values());
        model.addAttribute("batches", payrolls.batches(id, scope));
        model.addAttribute("countyWide", scope.covers(payroll.county()));
        return "payment/payroll/show";
    }

    @GetMapping("/{id}/export")
    void export(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String township,
            HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        Payroll payroll = payrolls.find(id, scope);
        List<PaymentRow> rows = payrolls.payments(
                        id,
                        scope,
                        status.matches("[A-Z]{4,7}") ? status : "",
                        township.matches("[0-9]{9}") ? township : "",
                        Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        Map<RegionCode, String> names = regions.namesOf(
                rows.stream().map(PaymentRow::village).distinct().toList());
        ExcelExport.write(
                response,
                messages.get("payment.export.file", payroll.month().toString()),
                List.of(
                        messages.get("payment.payment.id"),
                        messages.get("payment.payment.head"),
                        messages.get("payment.payment.village"),
                        messages.get("payment.payment.forMonth"),
                        messages.get("payment.payment.amount"),
                        messages.get("payment.payment.account"),
                        messages.get("payment.payment.status"),
                        messages.get("payment.payment.reason")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.id(),
                                org.minzheng.shared.Masking.name(row.headName()),
                                names.getOrDefault(row.village(), row.village().value()),
                                row.forMonth().toString(),
                                row.amount().toYuanString(),
                                row.bankName() + " " + row.accountMasked(),
                                messages.get(row.status().labelKey()),
                                row.failureReason() == null ? "" : row.failureReason()))
                        .toList());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('payment:payroll:approve')")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "payment.approved.flash", () -> payrolls.approve(id, version, CurrentStaff.scope()));
    }

    @PostMapping("/{id}/batches")
    @PreAuthorize(MANAGE)
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Batch batch = payrolls.send(id, CurrentStaff.scope());
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.get(
                            "payment.sent.flash",
                            batch.sequence(),
                            batch.count(),
                            batch.total().format()));
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/batches/{batchId}.{format}")
    @PreAuthorize(MANAGE)
    void download(
            @PathVariable long id,
            @PathVariable long batchId,
            @PathVariable String format,
            HttpServletResponse response) {
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw new org.minzheng.shared.web.NotFoundException("bank file format");
        }
        Payroll payroll = payrolls.find(id, CurrentStaff.scope());
        String name = "代发-" + payroll.county().significantDigits() + "-"
                + payroll.programme().name() + "-" + payroll.month() + "-" + batchId + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        try {
            payrolls.write(id, batchId, xlsx, response.getOutputStream(), CurrentStaff.scope());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/{id}/returns")
    @PreAuthorize(MANAGE)
    String settle(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        payrolls.find(id, CurrentStaff.scope());
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase();
        boolean xlsx = name.endsWith(".xlsx");
        if (file.isEmpty() || file.getSize() > MAX_RETURN_BYTES || !(xlsx || name.endsWith(".csv"))) {
            redirect.addFlashAttribute("flashError", messages.get("payment.return.file"));
            return "redirect:" + BASE + "/" + id;
        }
        byte[] bytes = file.getBytes();
        if (xlsx != Spreadsheet.looksLikeWorkbook(bytes)) {
            redirect.addFlashAttribute("flashError", messages.get("payment.return.file"));
            return "redirect:" + BASE + "/" + id;
        }
        try {
            List<Spreadsheet.Line> lines = Spreadsheet.read(
                    bytes, xlsx ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV, BankReturn.MAX_LINES);
            Payrolls.ReturnReport report = payrolls.settle(id, lines, CurrentStaff.scope(), LocalDate.now(CHINA));
            redirect.addFlashAttribute("returnReport", report);
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.get(
                            "payment.settled.flash",
                            report.paid(),
                            report.failed(),
                            report.alreadySettled(),
                            report.problems().size()));
        } catch (Spreadsheet.UnreadableFileException unreadable) {
            redirect.addFlashAttribute("flashError", messages.get("payment.return.file"));
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/reissue")
    @PreAuthorize(MANAGE)
    String reissue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int count = payrolls.reissue(id, CurrentStaff.scope());
            redirect.addFlashAttribute("flashSuccess", messages.get("payment.reissued.flash", count));
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.get("payment.stale"));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private List<RegionSummary> counties(DataScope scope) {
        return regions.within(scope).stream()
                .filter(region -> region.level() == RegionLevel.COUNTY)
                .toList();
    }

    private static String known(String programme) {
        return Arrays.stream(Programme.values())
                .map(Enum::name)
                .filter(programme::equals)
                .findFirst()
                .orElse("");
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException wrong) {
            return Optional.empty();
        }
    }
}
