package org.minzheng.childwelfare.funding;

import java.math.BigDecimal;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
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
 * The funds' settings: annual cap per child, age range, the warning threshold and the paying order. A change
 * applies to sessions allocated from then on; what was allocated stays.
 */
@Controller
@RequestMapping(FundSettingsController.BASE)
@PreAuthorize("hasAuthority('" + FundingConsole.VIEW + "')")
class FundSettingsController {

    static final String BASE = "/console/childwelfare/funds";
    private static final String MANAGE = "hasAuthority('" + FundingConsole.MANAGE + "')";
    private static final long MAX_CAP_FEN = 100_000_000;

    private final FundingRepository repository;
    private final AuditLog audit;
    private final Messages messages;

    FundSettingsController(FundingRepository repository, AuditLog audit, Messages messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("funds", repository.funds());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "childwelfare/funding/funds";
    }

    @PostMapping("/{code}")
    @PreAuthorize(MANAGE)
    @Transactional
    String update(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String cap,
            @RequestParam(defaultValue = "") String minAge,
            @RequestParam(defaultValue = "") String maxAge,
            @RequestParam(defaultValue = "") String warnPercent,
            RedirectAttributes redirect) {
        var fund = repository.fund(code).orElseThrow(() -> new NotFoundException("fund " + code));
        try {
            long capFen = Money.parseYuan(cap).fen();
            int min = Integer.parseInt(minAge.strip());
            int max = Integer.parseInt(maxAge.strip());
            int warn = Integer.parseInt(warnPercent.strip());
            if (capFen < 0 || capFen > MAX_CAP_FEN || min < 0 || max > 17 || min > max || warn < 0 || warn > 100) {
                throw new NumberFormatException("out of range");
            }
            repository.updateFund(
                    fund.code(), capFen, min, max, BigDecimal.valueOf(warn, 2).doubleValue());
            audit.record(AuditEvent.operation(
                            "childwelfare.fund.update",
                            "childwelfare.fund",
                            fund.code(),
                            CurrentStaff.scope().root())
                    .withDetail("cap " + capFen + " fen, ages " + min + "-" + max + ", warn " + warn + "%"));
            redirect.addFlashAttribute(
                    "flashSuccess", messages.get("childwelfare.funds.flash.updated", fundName(code)));
        } catch (NumberFormatException | InvalidMoneyException e) {
            redirect.addFlashAttribute("flashError", messages.get("childwelfare.funds.refused", fundName(code)));
        }
        return "redirect:" + BASE;
    }

    @PostMapping("/{code}/earlier")
    @PreAuthorize(MANAGE)
    @Transactional
    String earlier(@PathVariable String code, RedirectAttributes redirect) {
        repository.fund(code).orElseThrow(() -> new NotFoundException("fund " + code));
        if (repository.moveEarlier(code)) {
            audit.record(AuditEvent.operation(
                    "childwelfare.fund.order",
                    "childwelfare.fund",
                    code,
                    CurrentStaff.scope().root()));
            redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.funds.flash.order", fundName(code)));
        }
        return "redirect:" + BASE;
    }

    private String fundName(String code) {
        return messages.get("childwelfare.fund." + code);
    }
}
