package org.minzheng.childwelfare.funding;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.validation.PlainTextValidator;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.MonthParameter;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 康复资金: every child's year across the three funds with warnings, one child's yearly report (monthly
 * spending, the day each cap was reached, the guaranteed amount or why not, approved budgets), and the claim
 * of one fund for a month with the sessions behind it.
 */
@Controller
@RequestMapping(FundingController.BASE)
@PreAuthorize("hasAuthority('" + FundingConsole.VIEW + "')")
class FundingController {

    static final String BASE = "/console/childwelfare/funding";
    private static final String MANAGE = "hasAuthority('" + FundingConsole.MANAGE + "')";
    private static final int MAX_NOTE = 200;

    private final FundingStatements statements;
    private final FundingRepository repository;
    private final AuditLog audit;
    private final Messages messages;

    FundingController(FundingStatements statements, FundingRepository repository, AuditLog audit, Messages messages) {
        this.statements = statements;
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String overview(
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "false") boolean warnings,
            Model model) {
        int chosen = year(year);
        List<YearlyStatement> all = statements.all(CurrentStaff.scope(), chosen);
        List<YearlyStatement> shown =
                warnings ? all.stream().filter(YearlyStatement::warning).toList() : all;
        model.addAttribute("year", chosen);
        model.addAttribute("warnings", warnings);
        model.addAttribute("funds", repository.funds());
        model.addAttribute("rows", shown);
        model.addAttribute(
                "warningCount", all.stream().filter(YearlyStatement::warning).count());
        model.addAttribute(
                "fundedFen", all.stream().mapToLong(YearlyStatement::fundedFen).sum());
        model.addAttribute(
                "ownFen", all.stream().mapToLong(YearlyStatement::ownFen).sum());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "childwelfare/funding/overview";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String year, HttpServletResponse response) {
        int chosen = year(year);
        var funds = repository.funds();
        List<String> headers = new ArrayList<>(
                List.of(messages.get("childwelfare.funding.child"), messages.get("childwelfare.funding.room")));
        for (var fund : funds) {
            headers.add(messages.get("childwelfare.funding.export.used", fundName(fund.code())));
            headers.add(messages.get("childwelfare.funding.export.cap", fundName(fund.code())));
        }
        headers.add(messages.get("childwelfare.funding.own"));
        headers.add(messages.get("childwelfare.funding.funded"));
        headers.add(messages.get("childwelfare.funding.available"));
        headers.add(messages.get("childwelfare.funding.guarantee"));
        var yuan = YuanFormat.INSTANCE;
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyStatement s : statements.all(CurrentStaff.scope(), chosen)) {
            List<Object> row = new ArrayList<>(List.of(s.childName(), s.roomName() == null ? "" : s.roomName()));
            for (FundPosition f : s.funds()) {
                row.add(yuan.of(f.usedFen()));
                row.add(f.eligible() ? yuan.of(f.capFen()) : messages.get(f.refusalKey()));
            }
            row.add(yuan.of(s.ownFen()));
            row.add(yuan.of(s.fundedFen()));
            row.add(yuan.of(s.availableFen()));
            row.add(messages.get(
                    s.guaranteeMet() ? "childwelfare.funding.guarantee.met" : "childwelfare.funding.guarantee.notMet"));
            rows.add(row);
        }
        ExcelExport.write(
                response, messages.get("childwelfare.funding.export.name", String.valueOf(chosen)), headers, rows);
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable long id, @RequestParam(defaultValue = "") String year, Model model) {
        int chosen = year(year);
        YearlyStatement statement =
                statements.of(id, CurrentStaff.scope(), chosen).orElseThrow(() -> new NotFoundException("child " + id));
        Map<String, Long> caps = new LinkedHashMap<>();
        statement.funds().stream().filter(FundPosition::eligible).forEach(f -> caps.put(f.fundCode(), f.capFen()));
        model.addAttribute("s", statement);
        model.addAttribute("year", chosen);
        model.addAttribute("funds", repository.funds());
        model.addAttribute("monthly", repository.monthly(id, chosen));
        model.addAttribute("reached", repository.capReachedOn(id, chosen, caps));
        model.addAttribute(
                "reasons", statement.shortfallReasons().stream().map(this::text).toList());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "childwelfare/funding/child";
    }

    /** Records the budget the fund approved for the child this year, at most the fund's annual cap. */
    @PostMapping("/children/{id}/budgets")
    @PreAuthorize(MANAGE)
    @Transactional
    String budget(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String fund,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        int chosen = year(year);
        DataScope scope = CurrentStaff.scope();
        repository.child(id, scope).orElseThrow(() -> new NotFoundException("child " + id));
        var target = repository.fund(fund).orElse(null);
        String back = "redirect:" + BASE + "/children/" + id + "?year=" + chosen;
        if (target == null) {
            redirect.addFlashAttribute("flashError", messages.get("childwelfare.funding.refused.fund"));
            return back;
        }
        long capFen;
        try {
            capFen = Money.parseYuan(amount).fen();
        } catch (InvalidMoneyException e) {
            redirect.addFlashAttribute("flashError", messages.get("childwelfare.funding.refused.amount"));
            return back;
        }
        String cleaned = note.strip();
        if (capFen < 0
                || capFen > target.annualCapFen()
                || cleaned.length() > MAX_NOTE
                || !new PlainTextValidator().isValid(cleaned, null)) {
            redirect.addFlashAttribute(
                    "flashError",
                    messages.get(
                            "childwelfare.funding.refused.budget",
                            YuanFormat.INSTANCE.of(target.annualCapFen()),
                            MAX_NOTE));
            return back;
        }
        String staff = CurrentStaff.require().username();
        repository.setBudget(id, chosen, target.code(), capFen, cleaned.isEmpty() ? null : cleaned, staff);
        audit.record(AuditEvent.operation(
                        "childwelfare.funding.budget", "childwelfare.child", String.valueOf(id), scope.root())
                .withDetail(chosen + " " + target.code() + " " + capFen + " fen"));
        redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.funding.flash.budget"));
        return back;
    }

    @GetMapping("/claims")
    String claims(
            @RequestParam(defaultValue = "") String fund, @RequestParam(defaultValue = "") String month, Model model) {
        var funds = repository.funds();
        String chosenFund = funds.stream().anyMatch(f -> f.code().equals(fund))
                ? fund
                : funds.get(0).code();
        YearMonth chosenMonth = month(month);
        var lines = repository.claim(chosenFund, chosenMonth, CurrentStaff.scope());
        Map<String, long[]> byChild = new LinkedHashMap<>();
        for (var line : lines) {
            long[] sums = byChild.computeIfAbsent(line.childName(), name -> new long[3]);
            sums[0]++;
            sums[1] += line.minutes();
            sums[2] += line.amountFen();
        }
        model.addAttribute("funds", funds);
        model.addAttribute("fund", chosenFund);
        model.addAttribute("month", chosenMonth);
        model.addAttribute("lines", lines);
        model.addAttribute("byChild", byChild);
        model.addAttribute(
                "totalFen",
                lines.stream().mapToLong(FundingRepository.ClaimLine::amountFen).sum());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "childwelfare/funding/claims";
    }

    @GetMapping("/claims/export")
    void exportClaim(
            @RequestParam(defaultValue = "") String fund,
            @RequestParam(defaultValue = "") String month,
            HttpServletResponse response) {
        var target = repository.fund(fund).orElseThrow(() -> new NotFoundException("fund " + fund));
        YearMonth chosenMonth = month(month);
        var yuan = YuanFormat.INSTANCE;
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        for (var line : repository.claim(target.code(), chosenMonth, CurrentStaff.scope())) {
            rows.add(List.of(
                    line.sessionId(),
                    line.day().toString(),
                    line.childName(),
                    line.therapy(),
                    line.minutes(),
                    yuan.of(line.sessionCostFen()),
                    yuan.of(line.amountFen())));
            total += line.amountFen();
        }
        rows.add(List.of("", "", messages.get("childwelfare.funding.total"), "", "", "", yuan.of(total)));
        audit.record(AuditEvent.operation(
                        "childwelfare.funding.claim-export",
                        "childwelfare.fund",
                        target.code(),
                        CurrentStaff.scope().root())
                .withDetail(chosenMonth + ", " + (rows.size() - 1) + " sessions"));
        ExcelExport.write(
                response,
                messages.get("childwelfare.funding.claim.name", fundName(target.code()), chosenMonth.toString()),
                List.of(
                        messages.get("childwelfare.funding.claim.session"),
                        messages.get("childwelfare.funding.claim.day"),
                        messages.get("childwelfare.funding.child"),
                        messages.get("childwelfare.funding.claim.therapy"),
                        messages.get("childwelfare.funding.claim.minutes"),
                        messages.get("childwelfare.funding.claim.cost"),
                        messages.get("childwelfare.funding.claim.amount")),
                rows);
    }

    private String text(YearlyStatement.Reason reason) {
        Object[] args = reason.args().stream()
                .map(arg -> arg instanceof String key && key.startsWith("childwelfare.fund.")
                        ? messages.get(key)
                        : arg instanceof Long fen ? YuanFormat.INSTANCE.of(fen) : arg)
                .toArray();
        return messages.get(reason.key(), args);
    }

    private String fundName(String code) {
        return messages.get("childwelfare.fund." + code);
    }

    private int year(String text) {
        int now = statements.today().getYear();
        try {
            int year = Year.parse(text.strip()).getValue();
            return year < 2000 || year > now + 1 ? now : year;
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    private YearMonth month(String text) {
        return MonthParameter.notAfter(text, YearMonth.from(statements.today()));
    }
}
